import { SITE_NAME, SOCIAL_IMAGE } from '../consts.ts';
import { ui } from '../i18n/ui.ts';
import type { Language } from '../schemas/fields.ts';

/** A tag for the document `<head>`, as plain data so that what a page declares can be unit-tested. */
export interface HeadTag {
  tag: 'meta' | 'link';
  attrs: Record<string, string>;
}

export interface PageMeta {
  /** The page's own title; the site name is appended. */
  title: string;
  description: string;
  /** Absolute canonical URL of the page. */
  canonical: URL;
  /** Open Graph type: `article` for a document, `website` otherwise. */
  type?: 'article' | 'website';
  /** Absolute URL of the page's link-preview image, with its text alternative. */
  image?: { url: URL; alt: string };
  /** YYYY-MM-DD, for a document. */
  published?: string;
  /** Keeps the page out of search engines and gives it no canonical URL (the 404 page). */
  noindex?: boolean;
  /** The page's language. Default: en-CA. */
  lang?: Language;
  /** The same page in the other language, for `hreflang` links both ways. */
  translation?: { lang: Language; url: URL } | undefined;
}

/** Longest description the head carries: link previews and search results show about 160 characters. */
const MAX_DESCRIPTION = 200;

/**
 * A description bounded for the head: a note's summary is its first
 * paragraph, which can run to thousands of characters, and each of the three
 * description tags would repeat it. Cut at a word boundary, marked with "…".
 */
export function boundedDescription(text: string, max = MAX_DESCRIPTION): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const atWord = cut.replace(/\s+\S*$/, '');
  return `${(atWord.length > max / 2 ? atWord : cut).trimEnd()}…`;
}

export function pageTitle(title: string): string {
  return title === SITE_NAME ? SITE_NAME : `${title} | ${SITE_NAME}`;
}

const meta = (key: 'name' | 'property', name: string, content: string): HeadTag => ({ tag: 'meta', attrs: { [key]: name, content } });

/** Description, canonical URL, and the Open Graph and Twitter tags that make a pasted link preview well. */
export function headTags({
  title,
  description: fullDescription,
  canonical,
  type = 'website',
  image,
  published,
  noindex = false,
  lang = 'en-CA',
  translation,
}: PageMeta): HeadTag[] {
  const description = boundedDescription(fullDescription);
  const hreflang = (language: Language, url: URL): HeadTag => ({ tag: 'link', attrs: { rel: 'alternate', hreflang: language, href: url.href } });
  return [
    meta('name', 'description', description),
    noindex ? meta('name', 'robots', 'noindex') : { tag: 'link', attrs: { rel: 'canonical', href: canonical.href } },
    meta('name', 'color-scheme', 'light dark'),
    meta('property', 'og:site_name', SITE_NAME),
    ...(translation && !noindex ? [hreflang(lang, canonical), hreflang(translation.lang, translation.url)] : []),
    meta('property', 'og:locale', ui(lang).ogLocale),
    ...(translation ? [meta('property', 'og:locale:alternate', ui(translation.lang).ogLocale)] : []),
    meta('property', 'og:type', type),
    meta('property', 'og:title', title),
    meta('property', 'og:description', description),
    meta('property', 'og:url', canonical.href),
    ...(image
      ? [
          meta('property', 'og:image', image.url.href),
          meta('property', 'og:image:type', 'image/png'),
          meta('property', 'og:image:width', String(SOCIAL_IMAGE.width)),
          meta('property', 'og:image:height', String(SOCIAL_IMAGE.height)),
          meta('property', 'og:image:alt', image.alt),
        ]
      : []),
    ...(published ? [meta('property', 'article:published_time', published)] : []),
    meta('name', 'twitter:card', image ? 'summary_large_image' : 'summary'),
    meta('name', 'twitter:title', title),
    meta('name', 'twitter:description', description),
    ...(image ? [meta('name', 'twitter:image', image.url.href), meta('name', 'twitter:image:alt', image.alt)] : []),
  ];
}
