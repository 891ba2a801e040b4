/** Accessible names for self-links, unique on the page so that a list of links makes sense out of context; the words are the dictionaries'. */
import { ui } from '../i18n/ui.ts';
import type { Language } from '../schemas/fields.ts';

type BlockKind = 'paragraph' | 'item';

export function sectionLinkLabel(heading: string, lang: Language = 'en-CA'): string {
  return ui(lang).permalinks.section(heading);
}

export function blockLinkLabel(kind: BlockKind, position: number, section: string | undefined, lang: Language = 'en-CA'): string {
  return ui(lang).permalinks.block(kind, position, section);
}

/** How a search result names the paragraph or item it leads to. */
export function blockSearchTitle(kind: BlockKind, position: number, section: string | undefined, lang: Language = 'en-CA'): string {
  return ui(lang).permalinks.searchTitle(kind, position, section);
}

/** The language a Markdown file's front matter declares (`lang: fr-CA`); English when it declares none. */
export function frontmatterLanguage(data: unknown): Language {
  const lang = (data as { astro?: { frontmatter?: { lang?: unknown } } } | undefined)?.astro?.frontmatter?.lang;
  return lang === 'fr-CA' ? 'fr-CA' : 'en-CA';
}
