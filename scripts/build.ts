/**
 * `npm run build`: a clean Astro build, published into dist/ only when it is
 * complete. Astro builds into a sibling folder (dist.partial/), which then
 * takes dist/'s place; a failed or interrupted build (Ctrl-C halfway through
 * the pages) leaves the previous dist/ as it was, never a half-built site
 * without its search index or headers.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';

const args = process.argv.slice(2);
const outDirFlag = args.indexOf('--outDir');
const outDir = outDirFlag >= 0 && args[outDirFlag + 1] ? args[outDirFlag + 1]! : 'dist';
const partial = `${outDir}.partial`;
const previous = `${outDir}.previous`;

// A run killed between the two renames below left the last good site under its previous name: put it back.
if (!existsSync(outDir) && existsSync(previous)) renameSync(previous, outDir);
rmSync(previous, { recursive: true, force: true });
rmSync(partial, { recursive: true, force: true });

// Ctrl-C reaches Astro too, and it stops; this process stays to clean up and say so.
process.on('SIGINT', () => {});

const astroArgs = outDirFlag >= 0 ? args.toSpliced(outDirFlag, 2) : args;
const result = spawnSync('astro', ['build', ...astroArgs, '--outDir', partial], {
  stdio: 'inherit',
  env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
});

if (result.status !== 0) {
  rmSync(partial, { recursive: true, force: true });
  const kept = existsSync(outDir) ? `${outDir} is the previous build, unchanged` : `there is no ${outDir}`;
  console.error(`\nBuild ${result.signal ? `interrupted (${result.signal})` : 'failed'}; ${kept}.`);
  process.exit(result.status ?? 1);
}

if (existsSync(outDir)) renameSync(outDir, previous);
renameSync(partial, outDir);
rmSync(previous, { recursive: true, force: true });
