import { closeSync, openSync, readSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { globSync } from 'tinyglobby';
import type { AstroIntegration } from 'astro';
import { policyPlacement } from '../lib/csp-first.ts';
import { headerRules, metaPolicyTag, tagPolicy } from '../deploy/header-policy.ts';
import { formatHeadersFile } from '../deploy/headers-file.ts';
import { BASE_PATH } from '../lib/urls.ts';

/** Bytes read at a time while looking for the end of a page's `<head>`. */
const CHUNK = 16 * 1024;
const HEAD_END = Buffer.from('</head>');

/**
 * A page's `<head>`, read from the start of its file up to `</head>`: thousands
 * of pages are read, and their bodies are not needed. However long the head,
 * all of it is read, so that a policy is never reported missing because it
 * lay past some fixed number of bytes.
 */
export function headOf(file: string): string {
  const fd = openSync(file, 'r');
  try {
    let bytes = Buffer.alloc(0);
    for (let position = 0; ; position += CHUNK) {
      const buffer = Buffer.allocUnsafe(CHUNK);
      const read = readSync(fd, buffer, 0, CHUNK, position);
      // The tag may straddle two reads: it is looked for from just before the new bytes.
      const from = Math.max(0, bytes.length - HEAD_END.length + 1);
      bytes = bytes.length === 0 ? buffer.subarray(0, read) : Buffer.concat([bytes, buffer.subarray(0, read)]);
      // Looked for in the bytes, and only the head decoded: the body is most of a page.
      const end = bytes.indexOf(HEAD_END, from);
      if (end !== -1) return bytes.toString('utf8', 0, end);
      if (read < CHUNK) return bytes.toString('utf8');
    }
  } finally {
    closeSync(fd);
  }
}

/**
 * Writes dist/_headers (src/deploy/header-policy.ts): the security headers,
 * the site's Content-Security-Policy as a header (with `frame-ancestors`,
 * which a `<meta>` policy cannot set) and the caching of content-named
 * files. A page without a policy, or with one that is not first in its
 * `<head>`, fails the build.
 */
export default function securityHeaders(): AstroIntegration {
  return {
    name: 'security-headers',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const pages = globSync('**/*.html', { cwd: site });
        // Pages with the same inline scripts share a policy tag: each distinct one is kept, read and merged once.
        const tags = new Set<string>();
        for (const page of pages) {
          const file = join(site, page);
          const head = headOf(file);
          const placement = policyPlacement(head);
          if (placement === 'missing') throw new Error(`${relative(site, file)} has no Content-Security-Policy <meta> in its <head>`);
          if (placement === 'late')
            throw new Error(
              `${relative(site, file)}: the Content-Security-Policy <meta> is not first in <head> (after <meta charset>), so it does not cover the tags before it`,
            );
          tags.add(metaPolicyTag(head)!);
        }
        const policies = [...tags].map((tag) => tagPolicy(tag)!);
        writeFileSync(join(site, '_headers'), formatHeadersFile(headerRules(BASE_PATH, policies)));
        logger.info(`wrote _headers with the policy of ${pages.length} pages`);
      },
    },
  };
}
