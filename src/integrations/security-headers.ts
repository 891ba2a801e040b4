import { closeSync, openSync, readSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { headersFile, metaPolicy } from '../lib/headers-file.ts';

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? htmlFiles(path) : name.endsWith('.html') ? [path] : [];
  });
}

/** Bytes of a page read for its policy: the policy is a `<meta>` near the top of `<head>`. */
const HEAD_BYTES = 16 * 1024;

/** The start of a file, where a page's `<head>` is: thousands of pages are read, and their bodies are not needed. */
function startOf(file: string): string {
  const fd = openSync(file, 'r');
  try {
    const buffer = Buffer.alloc(HEAD_BYTES);
    return buffer.toString('utf8', 0, readSync(fd, buffer, 0, HEAD_BYTES, 0));
  } finally {
    closeSync(fd);
  }
}

/**
 * Writes dist/_headers for static hosts: the common security headers and the
 * site's Content-Security-Policy as a header (with `frame-ancestors`, which a
 * `<meta>` policy cannot set). A page without a policy fails the build.
 */
export default function securityHeaders(): AstroIntegration {
  return {
    name: 'security-headers',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const policies = htmlFiles(site).map((file) => {
          const csp = metaPolicy(startOf(file));
          if (!csp) throw new Error(`${relative(site, file)} has no Content-Security-Policy`);
          return csp;
        });
        writeFileSync(join(site, '_headers'), headersFile(policies));
        logger.info(`wrote _headers with the policy of ${policies.length} pages`);
      },
    },
  };
}
