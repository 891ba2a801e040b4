import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Element } from 'hast';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { describe, expect, it } from 'vitest';
import { DIST, IMPORTED_DIST, builtPage } from '../support/built-site.ts';
import { builtPages } from '../support/built-files.ts';
import { contentFiles } from '../support/content-files.ts';
import { readFrontMatter } from '../../src/lib/front-matter.ts';

const SITE = 'https://briefing-room.example.ca';
const documents = contentFiles();

function headMeta(url: string): Record<string, string> {
  const tree = builtPage(url);
  const entries = selectAll('meta[property], meta[name]', tree).map((el: Element) => [
    String(el.properties['property'] ?? el.properties['name']),
    String(el.properties['content']),
  ]);
  return Object.fromEntries(entries);
}

function jsonLd(url: string): Record<string, unknown> {
  const script = selectAll('script[type="application/ld+json"]', builtPage(url))[0];
  if (!script) throw new Error(`${url} has no JSON-LD`);
  return JSON.parse(toString(script)) as Record<string, unknown>;
}

describe('every page can be shared', () => {
  for (const { url } of builtPages()) {
    it(`${url} has a title, description, canonical URL and Open Graph and Twitter tags`, () => {
      const tree = builtPage(url);
      const meta = headMeta(url);
      expect(toString(selectAll('title', tree)[0]!)).not.toBe('');
      expect(meta['description']).toBeTruthy();
      const canonical = selectAll('link[rel="canonical"]', tree)[0]?.properties['href'];
      // A missing page is no page to point search engines at.
      if (url === '/404.html') expect([canonical, meta['robots']]).toEqual([undefined, 'noindex']);
      else expect(canonical).toBe(`${SITE}${url}`);
      for (const key of ['og:title', 'og:description', 'og:url', 'og:type', 'og:site_name', 'twitter:card', 'twitter:title'])
        expect(meta[key], key).toBeTruthy();
      expect(jsonLd(url)['@context']).toBe('https://schema.org');
    });
  }
});

describe('a pasted document permalink previews its title, summary and image', () => {
  for (const { url, collection, data } of documents) {
    it(url, () => {
      const meta = headMeta(url);
      const isArticle = collection === 'articles';
      const title = String(isArticle ? data['headline'] : data['title']);
      expect(meta['og:title']).toBe(title);
      // The summary, or its first words up to 200 characters, ending in "…".
      const summary = String(data['summary']);
      const description = meta['og:description']!;
      if (summary.length <= 200) expect(description).toBe(summary);
      else {
        expect(description.length).toBeLessThanOrEqual(200);
        expect(description.endsWith('…') && summary.startsWith(description.slice(0, -1))).toBe(true);
      }
      expect(meta['og:type']).toBe('article');
      // The image is whatever the page names, checked against the built file rather than a path worked out here.
      expect(meta['og:image']).toMatch(new RegExp(`^${SITE}/social/[a-z0-9-]+\\.png$`));
      const imagePath = new URL(meta['og:image']!).pathname;
      expect(meta['twitter:card']).toBe('summary_large_image');
      const png = readFileSync(join(DIST, imagePath));
      expect(png.subarray(1, 4).toString()).toBe('PNG');
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
    });
  }

  it('shares one image among the documents of one type and source, and gives each type and source its own', () => {
    const imageOf = new Map<string, Set<string>>();
    for (const { url } of builtPages(IMPORTED_DIST).filter(({ url }) => /^\/(fr\/)?(notes|articles)\/[^/]+\/$/.test(url))) {
      const tree = builtPage(url, IMPORTED_DIST);
      const source = toString(select('[data-pagefind-filter^="source"]', tree)!).trim();
      const key = `${url.split('/').slice(0, -2).join('/')} ${source}`;
      const image = String(select('meta[property="og:image"]', tree)!.properties['content']);
      expect(existsSync(join(IMPORTED_DIST, new URL(image).pathname)), image).toBe(true);
      imageOf.set(key, new Set([...(imageOf.get(key) ?? []), image]));
    }
    expect(imageOf.size).toBeGreaterThan(20);
    for (const [key, images] of imageOf) expect([...images], key).toHaveLength(1);
    const all = [...imageOf.values()].map((images) => [...images][0]);
    expect(new Set(all).size).toBe(all.length);
  });

  it('describes the note as a schema.org Report with its reference number, and the article as a NewsArticle', () => {
    const note = documents.find((doc) => doc.collection === 'notes')!;
    expect(jsonLd(note.url)).toMatchObject({
      '@type': 'Report',
      reportNumber: 'PS-2023-QP-1--MPS-003',
      dateCreated: '2023-12-12',
      publisher: { '@type': 'GovernmentOrganization', name: 'Public Safety Canada' },
    });
    const article = documents.find((doc) => doc.collection === 'articles')!;
    expect(jsonLd(article.url)).toMatchObject({
      '@type': 'NewsArticle',
      datePublished: '2024-11-02',
      dateline: 'OTTAWA',
      author: { name: 'Jim Bronskill' },
      publisher: { name: 'The Canadian Press' },
    });
  });
});

describe('feeds and open data', () => {
  it('a French note has its JSON beside its page too, in French', () => {
    const json = JSON.parse(readFileSync(join(IMPORTED_DIST, 'fr/notes/tc-2021-qp-0001.json'), 'utf8')) as {
      url: string;
      type: string;
      metadata: Record<string, unknown>;
    };
    expect(json.url).toBe(`${SITE}/fr/notes/tc-2021-qp-0001/`);
    expect(json.type).toBe('Note pour la période de questions');
    expect(json.metadata).toMatchObject({ lang: 'fr-CA', title: 'Sécurité ferroviaire et passages à niveau', minister: 'Ministre des Transports' });
  });

  it('the sitemap index leads to every document page, and robots.txt points to it', () => {
    const index = readFileSync(join(DIST, 'sitemap.xml'), 'utf8');
    const parts = [...index.matchAll(/<loc>(.+?)<\/loc>/g)].map((match) => match[1]!.replace(SITE, ''));
    expect(parts).toEqual(['/sitemaps/1.xml']);
    const sitemap = readFileSync(join(DIST, parts[0]!), 'utf8');
    for (const { url } of documents) expect(sitemap).toContain(`<loc>${SITE}${url}</loc>`);
    expect(readFileSync(join(DIST, 'robots.txt'), 'utf8')).toContain(`Sitemap: ${SITE}/sitemap.xml`);
  });

  it('the RSS feed lists every document with its summary', () => {
    const feed = readFileSync(join(DIST, 'feed.xml'), 'utf8');
    for (const { url } of documents) expect(feed).toContain(`<link>${SITE}${url}</link>`);
  });

  for (const { url, file } of documents) {
    it(`${url.replace(/\/$/, '.json')} holds the validated metadata and every section with its permalink ids`, () => {
      const json = JSON.parse(readFileSync(join(DIST, url.replace(/\/$/, '.json')), 'utf8')) as {
        url: string;
        metadata: Record<string, unknown>;
        sections: { id: string | null; blocks: { id: string; text: string }[] }[];
      };
      expect(json.url).toBe(`${SITE}${url}`);
      // The front matter as the site reads it (dates stay text), every field, mentions as the ids it gives; plus the defaults the schema fills in.
      expect(json.metadata).toMatchObject(readFrontMatter(readFileSync(file, 'utf8')).data);
      const page = readFileSync(join(DIST, url, 'index.html'), 'utf8');
      const ids = json.sections.flatMap((section) => [section.id, ...section.blocks.map((block) => block.id)]).filter(Boolean);
      expect(ids.length).toBeGreaterThan(5);
      for (const id of ids) expect(page).toContain(`id="${id}"`);
    });
  }
});

describe('security', () => {
  it('every page carries a strict Content-Security-Policy: no inline script allowed without its hash', () => {
    for (const { url } of builtPages()) {
      const csp = String(selectAll('meta[http-equiv="content-security-policy"]', builtPage(url))[0]?.properties['content']);
      expect(csp, url).toMatch(/default-src 'self'/);
      expect(csp, url).not.toMatch(/'unsafe-inline'|'unsafe-eval'/);
      expect(csp, url).toMatch(/script-src 'self' 'wasm-unsafe-eval'/);
    }
  });

  it('the _headers file sets the policy and the other security headers for every path', () => {
    const headers = readFileSync(join(DIST, '_headers'), 'utf8');
    expect(headers).toMatch(/^\/\*$/m);
    for (const name of ['Content-Security-Policy', 'X-Content-Type-Options: nosniff', 'Referrer-Policy', 'Permissions-Policy']) expect(headers).toContain(name);
    expect(headers).toContain("frame-ancestors 'none'");
  });

  it('pages make no third-party requests: every src and stylesheet is on the site', () => {
    for (const { url } of builtPages()) {
      for (const el of selectAll('script[src], link[rel="stylesheet"], img[src], link[rel="icon"]', builtPage(url))) {
        const target = String(el.properties['src'] ?? el.properties['href']);
        expect(target, url).toMatch(/^\//);
      }
    }
  });
});
