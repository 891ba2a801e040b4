import { globSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SITE_URL } from '../../src/lib/deployment.ts';
import { BASE_PATH_SITE, DIST } from '../support/built-site.ts';

const { dist, site, base } = BASE_PATH_SITE;

/** Every file of a built site that can hold a URL, with its text. */
function textFiles(root: string): { file: string; text: string }[] {
  return globSync('**/{*.html,*.xml,*.json,*.txt,*.js,*.css,_headers}', { cwd: root, exclude: ['pagefind/**'] })
    .sort()
    .map((file) => ({ file, text: readFileSync(join(root, file), 'utf8') }));
}

/** Site-relative URLs in the places a page names one: links, sources, forms, the search modules it loads. */
const PATH_ATTRIBUTE = /\s(?:href|src|action|data-module)="(\/[^"]*)"/g;

describe(`the site built with SITE_URL=${site} BASE_PATH=${base}`, () => {
  const files = textFiles(dist);

  it('has the same files as the site built for the root', () => {
    // The search modules' shared chunk holds the base path, so its content-hashed name differs.
    const names = (list: { file: string }[]) => list.map(({ file }) => file.replace(/chunk-\w+\.js$/, 'chunk-HASH.js'));
    expect(names(files)).toEqual(names(textFiles(DIST)));
  });

  it('names its own address in every absolute URL, below the base path, and never the default address', () => {
    const wrong = files.flatMap(({ file, text }) => [
      ...[...text.matchAll(new RegExp(`${site.replace(/\./g, '\\.')}(?!${base})[^"'<\\s]*`, 'g'))].map((m) => `${file}: ${m[0]}`),
      ...(text.includes(new URL(DEFAULT_SITE_URL).host) ? [`${file}: names ${DEFAULT_SITE_URL}`] : []),
    ]);
    expect(wrong).toEqual([]);
    const absolute = files.reduce((count, { text }) => count + text.split(`${site}${base}`).length - 1, 0);
    expect(absolute, 'canonical, og:url, JSON-LD, sitemap, feed and robots.txt URLs').toBeGreaterThan(100);
  });

  it('starts every site-relative link, source, form and module of every page with the base path', () => {
    const outside = files
      .filter(({ file }) => file.endsWith('.html'))
      .flatMap(({ file, text }) => [...text.matchAll(PATH_ATTRIBUTE)].filter((m) => !m[1]!.startsWith(base)).map((m) => `${file}: ${m[1]}`));
    expect(outside).toEqual([]);
  });

  it('loads Pagefind, its highlighter and the search modules from below the base path', () => {
    const scripts = files.filter(({ file }) => file.startsWith('modules/')).map(({ text }) => text);
    // The search module names the folder, and pagefind.js and the shards' list in it.
    expect(scripts.join('\n')).toContain(`"${base}pagefind/"`);
    expect(scripts.join('\n')).toMatch(/`\$\{\w+\}pagefind\.js`/);
    expect(scripts.join('\n')).toContain(`\`${base}\${`);
    const note = files.find(({ file }) => file.startsWith('notes/') && file.endsWith('index.html'))!.text;
    expect(note).toContain(`${base}pagefind/pagefind-highlight.js`);
    expect(note).toContain(`data-module="${base}modules/header-results.js"`);
    for (const { file, text } of files.filter(({ file }) => /\.(html|js)$/.test(file))) expect(text, file).not.toMatch(/["'`]\/pagefind\//);
  });

  it('gives every rule of _headers the base path', () => {
    const patterns = readFileSync(join(dist, '_headers'), 'utf8')
      .split('\n')
      .filter((line) => line.startsWith('/'));
    expect(patterns.length).toBeGreaterThan(1);
    for (const pattern of patterns) expect(pattern.startsWith(base)).toBe(true);
  });
});
