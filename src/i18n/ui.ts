import type { Language } from '../schemas/fields.ts';
import { en } from './en.ts';
import { fr } from './fr.ts';

/**
 * The words of the site's own interface, in each language it publishes.
 * A page's language follows from its path (src/lib/urls.ts).
 */
export type UiStrings = typeof en;

const UI: Record<Language, UiStrings> = { 'en-CA': en, 'fr-CA': fr };

export function ui(lang: Language): UiStrings {
  return UI[lang];
}

export function otherLanguage(lang: Language): Language {
  return lang === 'fr-CA' ? 'en-CA' : 'fr-CA';
}
