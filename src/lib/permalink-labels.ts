/** Accessible names for self-links, unique on the page so that a list of links makes sense out of context. */
import type { Language } from '../schemas/fields.ts';

type BlockKind = 'paragraph' | 'item';

/** French names of blocks, with their article: "le paragraphe 2", "l’élément 2". */
const FRENCH_KIND: Record<BlockKind, { name: string; the: string }> = {
  paragraph: { name: 'paragraphe', the: 'le paragraphe' },
  item: { name: 'élément', the: 'l’élément' },
};

export function sectionLinkLabel(heading: string, lang: Language = 'en-CA'): string {
  return lang === 'fr-CA' ? `Lien vers la section : ${heading}` : `Link to section: ${heading}`;
}

export function blockLinkLabel(kind: BlockKind, position: number, section: string | undefined, lang: Language = 'en-CA'): string {
  if (lang === 'fr-CA') return `Lien vers ${FRENCH_KIND[kind].the} ${position}${section ? ` de « ${section} »` : ''}`;
  return `Link to ${kind} ${position}${section ? ` of ${section}` : ''}`;
}

/** How a search result names the paragraph or item it leads to. */
export function blockSearchTitle(kind: BlockKind, position: number, section: string | undefined, lang: Language = 'en-CA'): string {
  if (lang === 'fr-CA') return section ? `${section}, ${FRENCH_KIND[kind].name} ${position}` : `Paragraphe ${position}`;
  return section ? `${section}, ${kind} ${position}` : `Paragraph ${position}`;
}

/** The language a Markdown file's front matter declares (`lang: fr-CA`); English when it declares none. */
export function frontmatterLanguage(data: unknown): Language {
  const lang = (data as { astro?: { frontmatter?: { lang?: unknown } } } | undefined)?.astro?.frontmatter?.lang;
  return lang === 'fr-CA' ? 'fr-CA' : 'en-CA';
}
