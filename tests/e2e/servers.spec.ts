import { globSync, readFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { IMMUTABLE, REVALIDATE } from '../../src/deploy/header-policy.ts';
import { parseHeadersFile } from '../../src/deploy/headers-file.ts';
import { headersFor } from '../../src/deploy/served-headers.ts';
import { DEPLOYMENTS } from '../support/deployments.ts';
import { documents, expect, test } from './fixtures.ts';

interface Response {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

/** A request as a browser or cache makes it, the body left as the server sent it (compressed or not). */
function fetchRaw(port: number, path: string, acceptEncoding = 'identity'): Promise<Response> {
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port, path, headers: { 'Accept-Encoding': acceptEncoding } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

const note = documents.find((doc) => doc.collection === 'notes')!;
/** A site-relative URL (/notes/x/) as served under a base path (/qp/notes/x/). */
const under = (base: string, url: string) => `${base}${url.slice(1)}`;

for (const { server, dist, port, base } of DEPLOYMENTS) {
  const rules = parseHeadersFile(readFileSync(join(dist, '_headers'), 'utf8'));
  const expectHeaders = (response: Response, path: string) => {
    const expected = headersFor(rules, path);
    for (const [name, value] of Object.entries(expected)) expect(response.headers[name.toLowerCase()], `${name} of ${path}`).toBe(value);
  };
  const page = under(base, note.url);
  const label = `${server}, serving ${dist} at ${base}`;

  test.describe(label, () => {
    test('a document page has the security headers, the policy with frame-ancestors, and is revalidated', async () => {
      const response = await fetchRaw(port, page);
      expect(response.status).toBe(200);
      expect(response.headers['content-type']).toMatch(/^text\/html;\s*charset=utf-8$/i);
      expectHeaders(response, page);
      expect(response.headers['cache-control']).toBe(REVALIDATE);
      expect(response.headers['content-security-policy']).toMatch(/frame-ancestors 'none'/);
      expect(response.headers['content-security-policy']).toMatch(/script-src 'self' 'wasm-unsafe-eval' 'sha256-/);
      expect(response.headers['x-content-type-options']).toBe('nosniff');
    });

    test('hashed assets and Pagefind’s index are cached for a year; Pagefind’s entry points are revalidated', async () => {
      const html = (await fetchRaw(port, page)).body.toString('utf8');
      const stylesheet = /<link rel="stylesheet" href="([^"]+)"/.exec(html)?.[1];
      expect(stylesheet, 'the page links a stylesheet').toMatch(new RegExp(`^${base}_astro/`));
      const [fragment] = globSync('pagefind/shards/*/fragment/*.pf_fragment', { cwd: dist });
      expect(fragment, 'the index has a fragment').toBeDefined();
      for (const path of [stylesheet!, `${base}${fragment}`]) {
        const response = await fetchRaw(port, path);
        expect(response.status, path).toBe(200);
        expectHeaders(response, path);
        expect(response.headers['cache-control'], path).toBe(IMMUTABLE);
      }
      for (const path of ['pagefind/pagefind.js', 'pagefind/shards.json']) {
        const entry = await fetchRaw(port, `${base}${path}`);
        expect(entry.status, path).toBe(200);
        expectHeaders(entry, `${base}${path}`);
        expect(entry.headers['cache-control'], path).toBe(REVALIDATE);
      }
    });

    test('sends the build’s Brotli and gzip files to browsers that accept them, and the plain file to others', async () => {
      const original = readFileSync(join(dist, note.url, 'index.html'));
      const br = await fetchRaw(port, page, 'gzip, deflate, br');
      expect(br.headers['content-encoding']).toBe('br');
      expect(br.headers['vary']).toMatch(/accept-encoding/i);
      expect(br.body.equals(readFileSync(join(dist, note.url, 'index.html.br')))).toBe(true);
      expect(brotliDecompressSync(br.body).equals(original)).toBe(true);
      const gz = await fetchRaw(port, page, 'gzip');
      expect(gz.headers['content-encoding']).toBe('gzip');
      expect(gz.headers['vary']).toMatch(/accept-encoding/i);
      expect(gunzipSync(gz.body).equals(original)).toBe(true);
      const plain = await fetchRaw(port, page, 'identity');
      expect(plain.headers['content-encoding']).toBeUndefined();
      expect(plain.body.equals(original)).toBe(true);
      expect(br.body.length).toBeLessThan(gz.body.length);
      expectHeaders(br, page);
    });

    test('an unknown address gets the 404 page with status 404 and the same headers', async () => {
      for (const path of [`${base}no-such-page/`, `${base}notes/no-such-note/`, `${base}_astro/no-such-file.css`]) {
        const response = await fetchRaw(port, path);
        expect(response.status, path).toBe(404);
        expect(response.body.toString('utf8'), path).toContain('Page not found');
        expectHeaders(response, `${base}404.html`);
      }
    });

    test('a folder asked for without its final slash is redirected to it', async () => {
      const response = await fetchRaw(port, page.slice(0, -1));
      expect([301, 308]).toContain(response.status);
      expect(new URL(String(response.headers['location']), `http://127.0.0.1:${port}`).pathname).toBe(page);
    });

    test('search works in Chromium through the server, and its results land on the passage', async ({ page: tab }) => {
      await tab.goto(`http://127.0.0.1:${port}${under(base, '/search/')}?q=369+OCGs`);
      const first = tab.locator('search-page [data-search-results] > li').first();
      const link = first.getByRole('heading').getByRole('link');
      await expect(link).toHaveAttribute('href', new RegExp(`^${page}\\?highlight=369&highlight=ocgs#suggested-response-p1$`));
      await link.click();
      await expect(tab.locator('#suggested-response-p1')).toBeInViewport();
      await expect(tab.locator('#suggested-response-p1 mark.search-hit').first()).toHaveText(/369/);
    });
  });
}
