import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { DIST } from './built-site.ts';

/** Every built HTML page, as its file and the URL path it is served at. */
export function builtPages(dist = DIST): { file: string; url: string }[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return name === 'pagefind' ? [] : walk(path);
      return name.endsWith('.html') ? [path] : [];
    });
  return walk(dist)
    .sort()
    .map((file) => ({ file, url: `/${relative(dist, file).replace(/(^|\/)index\.html$/, '$1')}` }));
}
