import { globSync } from 'node:fs';
import { join } from 'node:path';
import { DIST } from './built-site.ts';

/** Every built HTML page, as its file and the URL path it is served at. */
export function builtPages(dist = DIST): { file: string; url: string }[] {
  return globSync('**/*.html', { cwd: dist, exclude: ['pagefind/**'] })
    .sort()
    .map((page) => ({ file: join(dist, page), url: `/${page.replace(/(^|\/)index\.html$/, '$1')}` }));
}
