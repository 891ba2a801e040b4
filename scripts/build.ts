/**
 * `npm run build`: a clean Astro build. The old output is removed first and
 * any partial output is removed on failure, so that dist/ exists only when
 * the last build succeeded.
 */
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';

const args = process.argv.slice(2);
const outDirFlag = args.indexOf('--outDir');
const outDir = outDirFlag >= 0 && args[outDirFlag + 1] ? args[outDirFlag + 1]! : 'dist';
rmSync(outDir, { recursive: true, force: true });

const result = spawnSync('astro', ['build', ...args], {
  stdio: 'inherit',
  env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
});

if (result.status !== 0) {
  rmSync(outDir, { recursive: true, force: true });
  console.error(`\nBuild failed; ${outDir} was removed so that no partial site is left behind.`);
  process.exit(result.status ?? 1);
}
