import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { precompress } from '../deploy/precompress.ts';

/** Writes .br and .gz siblings of the built files (src/deploy/precompress.ts); listed last, so that it sees every file the others wrote. */
export default function precompressFiles(): AstroIntegration {
  return {
    name: 'precompress',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const { files, written, bytes } = await precompress(fileURLToPath(dir));
        const kb = (n: number) => `${(n / 1024).toFixed(0)} KB`;
        logger.info(
          `wrote ${written} .br and .gz files beside ${files} files: ${kb(bytes.original)} is ${kb(bytes.brotli)} in Brotli, ${kb(bytes.gzip)} in gzip`,
        );
      },
    },
  };
}
