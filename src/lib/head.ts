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
}

export const SITE_NAME = 'Briefing Room';

export function pageTitle(title: string): string {
  return title === SITE_NAME ? SITE_NAME : `${title} | ${SITE_NAME}`;
}

export function headTags({ description, canonical }: PageMeta): HeadTag[] {
  return [
    { tag: 'meta', attrs: { name: 'description', content: description } },
    { tag: 'link', attrs: { rel: 'canonical', href: canonical.href } },
    { tag: 'meta', attrs: { name: 'color-scheme', content: 'light dark' } },
  ];
}
