import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, readlinkSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runPagefind } from '../../src/build/pagefind-cli.ts';
import { buildSearchIndex } from '../../src/build/search-index.ts';
import type { ShardsManifest } from '../../src/search/shards.ts';

const ROOT = resolve('tests/.tmp/search-index');
const SITE = join(ROOT, 'site');
const CACHE = join(ROOT, 'cache');

/** A document page as the site's layout writes one: its date in a `<time>` Pagefind sorts by, its text in the indexed body. */
function page(lang: string, date: string, text: string, { dateTag = true, before = '' } = {}): string {
  const time = dateTag ? `<time datetime="${date}" data-pagefind-sort="date[datetime]">${date}</time>` : '';
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${text}</title></head><body>${before}<main><article data-pagefind-body><h1>${text}</h1>${time}<p>${text}</p></article></main></body></html>`;
}

function writePage(file: string, html: string) {
  mkdirSync(dirname(join(SITE, file)), { recursive: true });
  writeFileSync(join(SITE, file), html);
}

const options = { maxPages: 100, cacheDir: CACHE, log: () => {} };

describe('search index', () => {
  beforeEach(() => rmSync(ROOT, { recursive: true, force: true }));
  afterEach(() => rmSync(ROOT, { recursive: true, force: true }));

  it('indexes each language in shards by half-year, with a manifest naming them and a digest of every page', async () => {
    writePage('notes/a/index.html', page('en-CA', '2024-02-01', 'Organized crime groups'));
    writePage('notes/b/index.html', page('en-CA', '2024-09-01', 'Leak investigations'));
    writePage('fr/notes/a/index.html', page('fr-CA', '2024-02-01', 'Crime organisé'));
    writePage('notes/index.html', '<!doctype html><html lang="en-CA"><body><h1>Notes</h1></body></html>');
    const digests = await buildSearchIndex(SITE, { 'en-CA': ['notes'], 'fr-CA': ['fr/notes'] }, options);
    expect([...digests.keys()].sort()).toEqual(['fr/notes/a/index.html', 'notes/a/index.html', 'notes/b/index.html']);
    const manifest = JSON.parse(readFileSync(join(SITE, 'pagefind/shards.json'), 'utf8')) as ShardsManifest;
    expect(manifest.languages['en-CA']!.map((shard) => [shard.from, shard.to, shard.pages])).toEqual([['2024-02-01', '2024-09-01', 2]]);
    expect(manifest.languages['fr-CA']!.map((shard) => shard.pages)).toEqual([1]);
    const entry = JSON.parse(readFileSync(join(SITE, 'pagefind', manifest.languages['fr-CA']![0]!.path, 'pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { page_count: number }>;
    };
    expect(entry.languages).toEqual({ 'fr-ca': expect.objectContaining({ page_count: 1 }) });
  });

  it("takes a page's date from its <time>, past the attribute written anywhere else first", async () => {
    const before = '<p title=\'data-pagefind-sort="date[datetime]"\'>quoted</p><span data-pagefind-sort="date[datetime]" datetime="1999-01-01">x</span>';
    writePage('notes/a/index.html', page('en-CA', '2023-03-04', 'Quoted attribute', { before }));
    await buildSearchIndex(SITE, { 'en-CA': ['notes'] }, options);
    const manifest = JSON.parse(readFileSync(join(SITE, 'pagefind/shards.json'), 'utf8')) as ShardsManifest;
    expect(manifest.languages['en-CA']![0]).toMatchObject({ from: '2023-03-04', to: '2023-03-04' });
  });

  it('stops on a page to index without a date, naming it', async () => {
    writePage('notes/a/index.html', page('en-CA', '2024-02-01', 'Dated'));
    writePage('notes/b/index.html', page('en-CA', '2024-02-01', 'Undated', { dateTag: false }));
    await expect(buildSearchIndex(SITE, { 'en-CA': ['notes'] }, options)).rejects.toThrow(
      `${join(SITE, 'notes/b/index.html')}: a page to index has no date (data-pagefind-sort="date[datetime]")`,
    );
  });

  it('writes the index where it is asked to, a path relative to the working directory included', async () => {
    writePage('notes/a/index.html', page('en-CA', '2024-02-01', 'Organized crime'));
    await runPagefind(relative(process.cwd(), join(SITE, 'notes')), relative(process.cwd(), join(ROOT, 'index')), 1, 'notes');
    expect(existsSync(join(ROOT, 'index/pagefind-entry.json'))).toBe(true);
  });

  it('takes its settings from its own arguments, not from PAGEFIND_ variables', async () => {
    writePage('notes/a/index.html', page('en-CA', '2024-02-01', 'Organized crime'));
    process.env['PAGEFIND_FORCE_LANGUAGE'] = 'ja';
    process.env['PAGEFIND_OUTPUT_SUBDIR'] = 'elsewhere';
    try {
      await runPagefind(join(SITE, 'notes'), join(ROOT, 'index'), 1, 'notes');
    } finally {
      delete process.env['PAGEFIND_FORCE_LANGUAGE'];
      delete process.env['PAGEFIND_OUTPUT_SUBDIR'];
    }
    expect(Object.keys((JSON.parse(readFileSync(join(ROOT, 'index/pagefind-entry.json'), 'utf8')) as { languages: object }).languages)).toEqual(['en-ca']);
  });

  it("gives Pagefind's own message when it fails, and a count of pages other than the shard's as an error", async () => {
    writePage('notes/a/index.html', page('en-CA', '2024-02-01', 'One page'));
    // A file where its index would go.
    writeFileSync(join(ROOT, 'in-the-way'), '');
    await expect(runPagefind(join(SITE, 'notes'), join(ROOT, 'in-the-way'), 1, 'a blocked shard')).rejects.toThrow(
      /^Pagefind could not index a blocked shard \(exit \d+\): .*\S/s,
    );
    await expect(runPagefind(join(ROOT, 'no-such-folder'), join(ROOT, 'index'), 1, 'a missing shard')).rejects.toThrow(
      /^Pagefind could not start for a missing shard: .*ENOENT/,
    );
    await expect(runPagefind(join(SITE, 'notes'), join(ROOT, 'index'), 2, 'a shard of two')).rejects.toThrow(
      /^Pagefind indexed 1 of the 2 pages of a shard of two/,
    );
  });

  it('stops its Pagefind process when the process that started it exits', async () => {
    for (let i = 0; i < 2000; i++) writePage(`notes/n${i}/index.html`, page('en-CA', '2024-02-01', `Page number ${i} of many words`));
    const script = `
      import { runPagefind } from ${JSON.stringify(resolve('src/build/pagefind-cli.ts'))};
      runPagefind(${JSON.stringify(join(SITE, 'notes'))}, ${JSON.stringify(join(ROOT, 'index'))}, 2000, 'notes').catch(() => {});
      setTimeout(() => process.exit(0), 20);`;
    const parent = spawn(process.execPath, ['--input-type=module', '-e', script], { stdio: 'inherit' });
    await new Promise((done) => parent.on('exit', done));
    // A Pagefind still running has the shard's folder as its working directory.
    const stillRunning = () =>
      readdirSync('/proc')
        .filter((pid) => /^\d+$/.test(pid))
        .filter((pid) => {
          try {
            return readlinkSync(`/proc/${pid}/cwd`) === join(SITE, 'notes');
          } catch {
            return false;
          }
        });
    // Stopped, it neither runs on nor finishes: either would fail one of these, however fast the machine.
    await new Promise((done) => setTimeout(done, 200));
    expect(stillRunning()).toEqual([]);
    expect(existsSync(join(ROOT, 'index/pagefind-entry.json'))).toBe(false);
  });
});
