import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, constants, gunzipSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { caddyfile } from '../../src/deploy/caddy-config.ts';
import { IMMUTABLE, REVALIDATE, headerRules } from '../../src/deploy/header-policy.ts';
import { formatHeadersFile, parseHeadersFile } from '../../src/deploy/headers-file.ts';
import { nginxConfig } from '../../src/deploy/nginx-config.ts';
import { cacheCompressedCopiesSync, precompress } from '../../src/deploy/precompress.ts';
import { basePathOf, headersFor } from '../../src/deploy/served-headers.ts';
import { serverOptions } from '../../src/deploy/server-options.ts';
import { DEFAULT_SITE_URL, deploymentFrom } from '../../src/lib/deployment.ts';
import { fileDigest } from '../../src/lib/file-digest.ts';

describe('SITE_URL and BASE_PATH', () => {
  it('default to the site’s address at its root', () => {
    expect(deploymentFrom({})).toEqual({ site: DEFAULT_SITE_URL, base: '/' });
    expect(deploymentFrom({ SITE_URL: '', BASE_PATH: '' })).toEqual({ site: DEFAULT_SITE_URL, base: '/' });
  });

  it('take an origin and a path, with or without its final slash', () => {
    expect(deploymentFrom({ SITE_URL: 'https://notes.example.org', BASE_PATH: '/briefing-room/' })).toEqual({
      site: 'https://notes.example.org',
      base: '/briefing-room/',
    });
    expect(deploymentFrom({ SITE_URL: 'http://localhost:8080/', BASE_PATH: '/a/b.c~d_e' })).toEqual({ site: 'http://localhost:8080', base: '/a/b.c~d_e/' });
    expect(deploymentFrom({ BASE_PATH: '/' }).base).toBe('/');
  });

  it.each([
    ['notes.example.org', /absolute address/],
    ['ftp://notes.example.org', /https:\/\/ or http:\/\//],
    ['javascript:alert(1)', /https:\/\/ or http:\/\//],
    ['https://user:pw@notes.example.org', /user name or password/],
    ['https://notes.example.org/qp/', /without a path/],
    ['https://notes.example.org/?x=1', /without a path, query or fragment/],
    ['https://notes.example.org/#top', /without a path, query or fragment/],
  ])('refuse SITE_URL=%s, naming it', (value, message) => {
    expect(() => deploymentFrom({ SITE_URL: value })).toThrow(message);
    expect(() => deploymentFrom({ SITE_URL: value })).toThrow(/^SITE_URL/);
  });

  it.each(['qp/', '/qp//x/', '//evil.example/', '/../x/', '/./', '/q p/', '/qp?x/', '/qp#/', '/qp%2F/', '/café/', '/qp/\u0000/', '/"/'])(
    'refuse BASE_PATH=%j, naming it',
    (value) => {
      expect(() => deploymentFrom({ BASE_PATH: value })).toThrow(/^BASE_PATH/);
    },
  );
});

describe('the header policy and _headers', () => {
  const rules = headerRules('/qp/', ["default-src 'self'; script-src 'self' 'sha256-a='"]);

  it('reads back what it writes', () => {
    expect(parseHeadersFile(formatHeadersFile(rules))).toEqual(rules);
  });

  it('gives each path the headers of every rule above it, the longest prefix winning, and revalidation where no rule sets caching', () => {
    expect(basePathOf(rules)).toBe('/qp/');
    const page = headersFor(rules, '/qp/notes/x/');
    expect(page['Cache-Control']).toBe(REVALIDATE);
    expect(page['Content-Security-Policy']).toMatch(/frame-ancestors 'none'/);
    const asset = headersFor(rules, '/qp/_astro/a.Hash.css');
    expect(asset['Cache-Control']).toBe(IMMUTABLE);
    expect(asset['X-Content-Type-Options']).toBe('nosniff');
    expect(headersFor(rules, '/qp/pagefind/pagefind.js')['Cache-Control']).toBe(REVALIDATE);
    expect(headersFor(rules, '/qp/pagefind/shards/en-ca-2024-h2-0123456789abcdef/fragment/en_1.pf_fragment')['Cache-Control']).toBe(IMMUTABLE);
    expect(headersFor(rules, '/qp/pagefind/shards.json')['Cache-Control']).toBe(REVALIDATE);
    const lowerCase = parseHeadersFile('/*\n  Cache-Control: a\n/x/*\n  cache-control: b\n');
    expect(headersFor(lowerCase, '/x/y')).toEqual({ 'cache-control': 'b' });
  });

  it.each([
    ['/notes/:id\n  X-A: b\n', /line 1: .* not a pattern this site serves/],
    ['/a/*/b/*\n  X-A: b\n', /line 1/],
    ['notes/*\n  X-A: b\n', /line 1/],
    ['  X-A: b\n', /line 1: a header before any path pattern/],
    ['/*\n  X-A b\n', /line 2: expected "Name: value"/],
    ['/*\n  X A: b\n', /line 2: expected "Name: value"/],
    ['/*\n  X-A:\n', /line 2: expected "Name: value"/],
    ['/*\n  X-A: b\n  x-a: c\n', /line 3: x-a is given twice/],
    ['# nothing\n', /has no rules/],
  ])('refuses a _headers file it cannot serve as written (%j), naming the line', (text, message) => {
    expect(() => parseHeadersFile(text, 'dist/_headers')).toThrow(message);
  });

  it('needs one rule over the whole site', () => {
    expect(() => basePathOf(parseHeadersFile('/a/*\n  X-A: b\n/b/*\n  X-A: c\n'))).toThrow(/one rule for the whole site/);
  });
});

describe('server configurations', () => {
  const rules = headerRules('/qp/', ["default-src 'self'"]);
  const options = serverOptions('/srv/site/', '8080');

  it('serve the base path from the site folder, each place with all of its headers', () => {
    const nginx = nginxConfig(rules, options);
    expect(nginx).toContain('location ^~ "/qp/_astro/" {\n      alias "/srv/site/_astro/";');
    expect(nginx).toContain(`add_header Cache-Control "${IMMUTABLE}" always;`);
    expect(nginx.match(/add_header X-Frame-Options "DENY" always;/g)).toHaveLength(rules.length);
    expect(nginx).toContain('error_page 404 "/qp/404.html";');
    expect(nginxConfig(rules, options, null)).not.toMatch(/brotli/);
    const caddy = caddyfile(rules, options);
    expect(caddy).toContain('handle_path "/qp/*" {');
    expect(caddy).toContain('precompressed br gzip');
    expect(caddy.match(/X-Frame-Options "DENY"/g)).toHaveLength(rules.length + 1);
  });

  it('refuse a folder or header value the configuration language would read as syntax', () => {
    expect(() => nginxConfig(rules, serverOptions('/srv/$site', '80'))).toThrow(/the site folder cannot be written/);
    expect(() => caddyfile(rules, serverOptions('/srv/{site}', '80'))).toThrow(/the site folder cannot be written/);
    const injected = [{ prefix: '/', headers: { 'X-A': 'a" always; root /etc; #' } }];
    expect(() => nginxConfig(injected, options)).toThrow(/the X-A header cannot be written/);
    expect(() => caddyfile([{ prefix: '/', headers: { 'X-A': '{env.HOME}' } }], options)).toThrow(/the X-A header cannot be written/);
    expect(() => nginxConfig([{ prefix: '/', headers: { 'X-A': 'a\nb' } }], options)).toThrow(/cannot be written/);
  });

  it('refuse a relative folder or a port out of range', () => {
    expect(() => serverOptions('dist', '80')).toThrow(/--root must be an absolute path/);
    for (const port of ['0', '65536', '80a', '']) expect(() => serverOptions('/srv', port)).toThrow(/--port must be a number/);
  });
});

describe('precompression', () => {
  it('writes .br and .gz beside each text file they make smaller, and nothing beside Pagefind’s compressed index or a picture', async () => {
    const site = mkdtempSync(join(tmpdir(), 'precompress-'));
    const page = '<p>The same words, again and again. </p>'.repeat(200);
    writeFileSync(join(site, 'index.html'), page);
    writeFileSync(join(site, 'index.pf_fragment'), gzipSync(Buffer.from(page)));
    writeFileSync(join(site, 'picture.png'), page);
    // Text that does not compress: a sibling would be larger.
    writeFileSync(join(site, 'random.txt'), gzipSync(Buffer.from(page)).toString('base64').slice(0, 40));
    const result = await precompress(site, mkdtempSync(join(tmpdir(), 'precompress-cache-')));
    expect(readdirSync(site).sort()).toEqual(['index.html', 'index.html.br', 'index.html.gz', 'index.pf_fragment', 'picture.png', 'random.txt']);
    expect(brotliDecompressSync(readFileSync(join(site, 'index.html.br'))).toString()).toBe(page);
    expect(result).toMatchObject({ files: 2, written: 2 });
  });

  it('compresses the files every reader downloads as small as Brotli and gzip go, and pages at the faster levels', async () => {
    // Varied enough that the levels give different bytes: rules with made-up names and numbers.
    let seed = 7;
    const next = () => (seed = (seed * 48271) % 2147483647);
    const text = Array.from(
      { length: 400 },
      () => `.c${next() % 997} { margin: ${next() % 89}px ${next() % 61}rem; color: #${(next() % 0xffffff).toString(16)}; }`,
    ).join('\n');
    const original = Buffer.from(text);
    const brotliAt = (quality: number) =>
      brotliCompressSync(original, { params: { [constants.BROTLI_PARAM_QUALITY]: quality, [constants.BROTLI_PARAM_SIZE_HINT]: original.length } });
    expect(gzipSync(original, { level: 9 }).length).not.toBe(gzipSync(original, { level: 5 }).length);
    expect(brotliAt(11).length).not.toBe(brotliAt(5).length);
    const site = mkdtempSync(join(tmpdir(), 'precompress-'));
    writeFileSync(join(site, 'style.css'), text);
    writeFileSync(join(site, 'index.html'), text);
    await precompress(site, mkdtempSync(join(tmpdir(), 'precompress-cache-')));
    const size = (file: string) => readFileSync(join(site, file)).length;
    expect({ br: size('style.css.br'), gz: size('style.css.gz') }).toEqual({ br: brotliAt(11).length, gz: gzipSync(original, { level: 9 }).length });
    expect({ br: size('index.html.br'), gz: size('index.html.gz') }).toEqual({ br: brotliAt(5).length, gz: gzipSync(original, { level: 5 }).length });
  });

  it('compresses files alike once, however many there are', async () => {
    const site = mkdtempSync(join(tmpdir(), 'precompress-'));
    const script = 'self.onmessage = () => postMessage("the same worker in every folder");'.repeat(50);
    for (let i = 0; i < 20; i += 1) writeFileSync(join(site, `worker-${i}.js`), script);
    const result = await precompress(site, mkdtempSync(join(tmpdir(), 'precompress-cache-')));
    expect(result).toMatchObject({ files: 20, written: 40 });
    for (let i = 0; i < 20; i += 1) expect(brotliDecompressSync(readFileSync(join(site, `worker-${i}.js.br`))).toString()).toBe(script);
  });

  it('places copies made ahead from a page’s bytes, and only for those bytes', async () => {
    const cache = mkdtempSync(join(tmpdir(), 'precompress-cache-'));
    const page = '<p>Compressed while the next page was rendered. </p>'.repeat(100);
    cacheCompressedCopiesSync(Buffer.from(page), 'page.html', cache);
    // Made ahead from bytes the build did not write in the end: never used, and pruned.
    cacheCompressedCopiesSync(Buffer.from(`${page}<p>A later change.</p>`), 'page.html', cache);
    const site = mkdtempSync(join(tmpdir(), 'precompress-'));
    writeFileSync(join(site, 'index.html'), page);
    const result = await precompress(site, cache);
    expect(result).toMatchObject({ files: 1, written: 2, compressed: 0 });
    expect(brotliDecompressSync(readFileSync(join(site, 'index.html.br'))).toString()).toBe(page);
    expect(gunzipSync(readFileSync(join(site, 'index.html.gz'))).toString()).toBe(page);
    expect(readdirSync(cache)).toHaveLength(2);
  });

  it('given a page’s digest, gives the same copies as when it reads the page, and makes them where none are cached', async () => {
    const page = '<p>Indexed, then compressed. </p>'.repeat(100);
    const digests = new Map([['notes/a/index.html', fileDigest(Buffer.from(page))]]);
    const build = async (cache: string, given: ReadonlyMap<string, string>) => {
      const site = mkdtempSync(join(tmpdir(), 'precompress-'));
      mkdirSync(join(site, 'notes/a'), { recursive: true });
      writeFileSync(join(site, 'notes/a/index.html'), page);
      return { site, result: await precompress(site, cache, given) };
    };
    const cold = await build(mkdtempSync(join(tmpdir(), 'precompress-cache-')), digests);
    expect(cold.result).toMatchObject({ files: 1, written: 2, compressed: 1 });
    const read = await build(mkdtempSync(join(tmpdir(), 'precompress-cache-')), new Map());
    for (const suffix of ['br', 'gz']) {
      expect(readFileSync(join(cold.site, `notes/a/index.html.${suffix}`))).toEqual(readFileSync(join(read.site, `notes/a/index.html.${suffix}`)));
    }
    expect(cold.result).toEqual(read.result);
  });

  it('given the digests of files whose copies are cached, places those copies, and counts what it wrote as when it reads every file', async () => {
    const cache = mkdtempSync(join(tmpdir(), 'precompress-cache-'));
    const made = '<p>Compressed while it was written. </p>'.repeat(100);
    const fresh = '<p>Compressed by precompress itself. </p>'.repeat(100);
    cacheCompressedCopiesSync(Buffer.from(made), 'page.html', cache);
    // Two files alike, both with their digest, and one whose copies are not cached yet.
    const pages = { 'a.html': made, 'b.html': made, 'c.html': fresh, 'd.css': 'body { color: black; }'.repeat(40) };
    const digests = new Map(['a.html', 'b.html', 'c.html'].map((name) => [name, fileDigest(Buffer.from(pages[name as keyof typeof pages]))]));
    const build = async (given: ReadonlyMap<string, string>) => {
      const site = mkdtempSync(join(tmpdir(), 'precompress-'));
      for (const [name, text] of Object.entries(pages)) writeFileSync(join(site, name), text);
      return { site, result: await precompress(site, cache, given) };
    };
    const known = await build(digests);
    expect(known.result).toMatchObject({ files: 4, written: 8, compressed: 2 });
    for (const name of Object.keys(pages)) {
      expect(brotliDecompressSync(readFileSync(join(known.site, `${name}.br`))).toString()).toBe(pages[name as keyof typeof pages]);
      expect(gunzipSync(readFileSync(join(known.site, `${name}.gz`))).toString()).toBe(pages[name as keyof typeof pages]);
    }
    const read = await build(new Map());
    expect(read.result).toEqual({ ...known.result, compressed: 0 });
    expect(readdirSync(cache)).toHaveLength(6);
  });

  it('makes a cached pair again when one of its copies is gone', async () => {
    const cache = mkdtempSync(join(tmpdir(), 'precompress-cache-'));
    const page = '<p>Words kept in the cache. </p>'.repeat(100);
    const build = async () => {
      const site = mkdtempSync(join(tmpdir(), 'precompress-'));
      writeFileSync(join(site, 'index.html'), page);
      await precompress(site, cache);
      return site;
    };
    await build();
    for (const name of readdirSync(cache).filter((name) => name.endsWith('.br'))) rmSync(join(cache, name));
    const site = await build();
    expect(brotliDecompressSync(readFileSync(join(site, 'index.html.br'))).toString()).toBe(page);
    expect(
      readdirSync(cache)
        .sort()
        .map((name) => name.slice(-3)),
    ).toEqual(['.br', '.gz']);
  });

  it('reuses the copies of unchanged files from its cache, makes new ones for changed files, and forgets the rest', async () => {
    const cache = mkdtempSync(join(tmpdir(), 'precompress-cache-'));
    const build = async (pages: Record<string, string>) => {
      const site = mkdtempSync(join(tmpdir(), 'precompress-'));
      for (const [name, text] of Object.entries(pages)) writeFileSync(join(site, name), text);
      await precompress(site, cache);
      return site;
    };
    const same = '<p>Unchanged words, again and again. </p>'.repeat(100);
    await build({ 'a.html': same, 'b.html': '<p>First words. </p>'.repeat(100) });
    const cached = readdirSync(cache).sort();
    expect(cached).toHaveLength(4);
    // A cached copy that was tampered with shows whether the next build used it.
    const aCopy = cached.find((name) =>
      readFileSync(join(cache, name)).equals(brotliCompressSync(Buffer.from(same), { params: { [constants.BROTLI_PARAM_QUALITY]: 5 } })),
    );
    expect(aCopy, 'the cache holds the page’s Brotli copy').toBeDefined();
    writeFileSync(join(cache, aCopy!), 'from the cache');
    const site = await build({ 'a.html': same, 'b.html': '<p>Second words. </p>'.repeat(100) });
    expect(readFileSync(join(site, 'a.html.br'), 'utf8')).toBe('from the cache');
    expect(brotliDecompressSync(readFileSync(join(site, 'b.html.br'))).toString()).toBe('<p>Second words. </p>'.repeat(100));
    // b.html's first copies are gone; a.html's and the new b.html's remain.
    expect(readdirSync(cache)).toHaveLength(4);
  });
});
