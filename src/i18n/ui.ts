import type { Language } from '../schemas/fields.ts';

/**
 * The words of the site's own interface, in each language it publishes.
 * French pages live under /fr/, so a page's language follows from its path.
 */
const en = {
  htmlLang: 'en-CA',
  ogLocale: 'en_CA',
  languageName: 'English',
  skipToMain: 'Skip to main content',
  siteNav: 'Site',
  footerNav: 'Browse',
  home: '/',
  allDocuments: 'All documents',
  allDocumentsPath: '/documents/',
  yearsPath: '/years/',
  sourcesPath: '/sources/',
  searchPath: '/search/',
  searchLabel: 'Search documents',
  searchPlaceholder: 'Search',
  searchButton: 'Search',
  searchEmptyHint: 'Try fewer or different words, or put an exact phrase in "double quotes".',
  openSearchPage: 'Open the search page',
  footerText: (site: string) => `${site}: public briefing material, copied word for word from its sources. Each document page names its source.`,
  about: 'About',
  contents: 'Contents',
  copyLink: 'Copy link',
  citeThis: 'Cite this',
  copyCitation: 'Copy citation',
  otherDocuments: 'Other documents',
  older: 'Previous (older)',
  newer: 'Next (newer)',
  clearHighlight: 'Clear highlight',
  inThisDocument: 'In this document',
  relatedDocuments: 'Related documents',
  pagination: 'Pages',
  previousPage: 'Previous page',
  nextPage: 'Next page',
  page: 'Page',
  byYear: 'By year',
  byOrganization: 'By organization or publisher',
  newestFirst: 'newest first',
  latest: 'Latest documents',
  seeAll: 'All documents, page by page',
  noDocuments: 'There are no documents yet.',
  documentsOf: (label: string) => `Documents from ${label}`,
  documentsFrom: (label: string) => `Documents from ${label}`,
  homeTitle: 'Government briefing notes, word for word',
  homeIntro:
    'Government briefing notes and related reporting, copied word for word from their sources. Every section, paragraph and bullet has its own link to share.',
  documentCount: (n: number) => (n === 1 ? '1 document' : `${n.toLocaleString('en-CA')} documents`),
  note: {
    typeLabel: 'Question Period Note',
    titlePrefix: 'Question Period Note:',
    referenceNumber: 'Reference number',
    dateReceived: 'Date received',
    organization: 'Organization',
    ministerName: 'Name of Minister',
    ministerTitle: 'Title of Minister',
  },
  months: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
  formatDate: (year: number, month: string, day: number) => `${month} ${day}, ${year}`,
};

export type UiStrings = typeof en;

const fr: UiStrings = {
  htmlLang: 'fr-CA',
  ogLocale: 'fr_CA',
  languageName: 'Français',
  skipToMain: 'Passer au contenu principal',
  siteNav: 'Site',
  footerNav: 'Parcourir',
  home: '/fr/',
  allDocuments: 'Toutes les notes',
  allDocumentsPath: '/fr/documents/',
  yearsPath: '/fr/annees/',
  sourcesPath: '/fr/sources/',
  searchPath: '/fr/recherche/',
  searchLabel: 'Rechercher dans les notes',
  searchPlaceholder: 'Rechercher',
  searchButton: 'Rechercher',
  searchEmptyHint: 'Essayez moins de mots ou d’autres mots, ou mettez une expression exacte entre "guillemets droits".',
  openSearchPage: 'Ouvrir la page de recherche',
  footerText: (site: string) => `${site} : documents d’information publics, copiés mot pour mot de leurs sources. Chaque note indique sa source.`,
  about: 'À propos',
  contents: 'Table des matières',
  copyLink: 'Copier le lien',
  citeThis: 'Citer ce document',
  copyCitation: 'Copier la citation',
  otherDocuments: 'Autres notes',
  older: 'Précédente (plus ancienne)',
  newer: 'Suivante (plus récente)',
  clearHighlight: 'Effacer le surlignage',
  inThisDocument: 'Dans ce document',
  relatedDocuments: 'Documents connexes',
  pagination: 'Pages',
  previousPage: 'Page précédente',
  nextPage: 'Page suivante',
  page: 'Page',
  byYear: 'Par année',
  byOrganization: 'Par organisation',
  newestFirst: 'les plus récentes d’abord',
  latest: 'Dernières notes',
  seeAll: 'Toutes les notes, page par page',
  noDocuments: 'Aucune note n’est encore publiée en français. Les notes sont publiées en français dès que leur texte français est importé.',
  documentsOf: (label: string) => `Notes de ${label}`,
  documentsFrom: (label: string) => `Notes : ${label}`,
  homeTitle: 'Notes d’information du gouvernement, mot pour mot',
  homeIntro:
    'Les notes pour la période de questions du gouvernement du Canada, copiées mot pour mot des données ouvertes publiées. Chaque section, paragraphe et puce a son propre lien à partager.',
  documentCount: (n: number) => (n === 1 ? '1 note' : `${n.toLocaleString('fr-CA')} notes`),
  note: {
    typeLabel: 'Note pour la période de questions',
    titlePrefix: 'Note pour la période de questions :',
    referenceNumber: 'Numéro de référence',
    dateReceived: 'Date de réception',
    organization: 'Organisation',
    ministerName: 'Nom du ministre',
    ministerTitle: 'Titre du ministre',
  },
  months: ['janv.', 'févr.', 'mars', 'avr.', 'mai', 'juin', 'juill.', 'août', 'sept.', 'oct.', 'nov.', 'déc.'],
  formatDate: (year: number, month: string, day: number) => `${day === 1 ? '1er' : day} ${month} ${year}`,
};

const UI: Record<Language, UiStrings> = { 'en-CA': en, 'fr-CA': fr };

export function ui(lang: Language): UiStrings {
  return UI[lang];
}

/** The language of the page at a path: French pages live under /fr/. */
export function languageOfPath(pathname: string): Language {
  return pathname === '/fr/' || pathname.startsWith('/fr/') ? 'fr-CA' : 'en-CA';
}

export function otherLanguage(lang: Language): Language {
  return lang === 'fr-CA' ? 'en-CA' : 'fr-CA';
}
