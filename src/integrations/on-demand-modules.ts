import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { build } from 'esbuild';
import { MODULES_DIR } from '../lib/on-demand-modules.ts';

const ENTRY_POINTS = ['src/scripts/search/header-results.ts', 'src/scripts/search/search-page.ts', 'src/scripts/quote-links.ts'];

/**
 * Bundles the modules pages load on demand (the search interface, quote
 * links) into dist/modules/ with esbuild, under fixed names (header-results.js,
 * search-page.js, quote-links.js) and shared chunks. Vite would
 * name them by content hash, and a page could then only reach them through a
 * tracked import, which keeps its script from being inlined: every page
 * would download a loader before the reader ever searched.
 */
export default function onDemandModules(): AstroIntegration {
  let root: URL;
  let base: string;
  return {
    name: 'on-demand-modules',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = config.root;
        base = config.base;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const result = await build({
          absWorkingDir: fileURLToPath(root),
          entryPoints: ENTRY_POINTS,
          outdir: fileURLToPath(new URL(`${MODULES_DIR}/`, dir)),
          entryNames: '[name]',
          chunkNames: 'chunks/[name]-[hash]',
          bundle: true,
          splitting: true,
          format: 'esm',
          target: 'es2022',
          minify: true,
          // As Vite does for page scripts: the modules find Pagefind under the site's base path.
          define: { 'import.meta.env.BASE_URL': JSON.stringify(base) },
          logLevel: 'silent',
        });
        if (result.errors.length > 0) throw new Error(`on-demand modules bundle failed: ${result.errors.map((e) => e.text).join('; ')}`);
        logger.info(`bundled ${ENTRY_POINTS.length} modules into ${MODULES_DIR}/`);
      },
    },
  };
}
