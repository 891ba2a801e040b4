import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { describe, expect, it } from 'vitest';
import { FEED_SIZE } from '../../src/consts.ts';
import { IMPORTED_DIST, builtPage, one } from '../support/built-site.ts';

/** A feed's channel and items, read with the regular expressions its fixed shape allows. */
function feed(path: string) {
  const xml = readFileSync(join(IMPORTED_DIST, path), 'utf8');
  const tag = (name: string, within: string) => new RegExp(`<${name}>([^<]*)</${name}>`).exec(within)?.[1];
  const channel = xml.split('<item>')[0]!;
  const items = [...xml.matchAll(/<item>(.*?)<\/item>/gs)].map(([, item]) => ({ link: tag('link', item!)!, date: new Date(tag('pubDate', item!)!) }));
  return { title: tag('title', channel), link: tag('link', channel), language: tag('language', channel), items };
}
const page = (url: string) => builtPage(url, IMPORTED_DIST);
const documentLinks = (url: string) => selectAll('ol.documents h2 a, ol.documents h3 a', page(url)).map((a) => String(a.properties['href']));

describe('following an organization or a minister', () => {
  const LISTINGS = [
    { url: '/sources/public-safety-canada/', title: 'Public Safety Canada: new documents', lang: 'en-CA' },
    {
      url: '/ministers/minister-of-public-safety-and-emergency-preparedness/',
      title: 'Minister of Public Safety and Emergency Preparedness: new documents',
      lang: 'en-CA',
    },
    { url: '/fr/sources/securite-publique-canada/', title: 'Sécurité publique Canada : nouveaux documents', lang: 'fr-CA' },
    {
      url: '/fr/ministres/ministre-de-la-securite-publique-et-de-la-protection-civile/',
      title: 'Ministre de la Sécurité publique et de la Protection civile : nouveaux documents',
      lang: 'fr-CA',
    },
  ];

  for (const { url, title, lang } of LISTINGS) {
    it(`${url} announces its feed and offers a visible Follow link`, () => {
      const feedUrl = `${url}feed.xml`;
      const alternate = select(`link[rel="alternate"][type="application/rss+xml"][href="${feedUrl}"]`, page(url));
      expect(alternate?.properties['title']).toBe(title);
      const follow = one('.follow a', page(url));
      expect(follow.properties['href']).toBe(feedUrl);
      expect(toString(follow)).toMatch(lang === 'fr-CA' ? /^Suivre .+ : fil RSS$/ : /^Follow .+: RSS feed$/);
    });

    it(`${url}feed.xml lists the listing's newest documents, newest first, in its language`, () => {
      const { title: channelTitle, link, language, items } = feed(`${url}feed.xml`);
      expect(channelTitle).toBe(title);
      expect(link).toBe(`https://briefing-room.example.ca${url}`);
      expect(language).toBe(lang);
      expect(items.length).toBeGreaterThan(0);
      expect(items.length).toBeLessThanOrEqual(FEED_SIZE);
      expect(items.map((item) => new URL(item.link).pathname)).toEqual(
        documentLinks(url)
          .slice(0, items.length)
          .map((href) => href.split('#')[0]),
      );
      const dates = items.map((item) => item.date.getTime());
      expect(dates).toEqual([...dates].sort((a, b) => b - a));
    });
  }

  it('a note’s About panel leads to its organization’s and its minister’s listings', () => {
    const panel = one('.metadata', page('/notes/test-fi-2024-06/'));
    expect(select('a[href="/sources/public-safety-canada/"]', panel)).toBeDefined();
    expect(select('a[href="/ministers/minister-of-public-safety-and-emergency-preparedness/"]', panel)).toBeDefined();
    const unknownCode = one('.metadata', page('/notes/fin-2019-qp-0004/'));
    expect(select('a[href="/ministers/nobody-known/"]', unknownCode)).toBeDefined();
  });

  it('the site feed stays as it was: the newest documents of the whole site', () => {
    const site = feed('feed.xml');
    expect(site.title).toBe('Briefing Room: new documents');
    expect(site.link).toBe('https://briefing-room.example.ca/');
    expect(site.items).toHaveLength(FEED_SIZE);
  });
});
