/**
 * Ids the page itself uses around a document body. Body ids are numbered
 * around them (a heading "Main" gets `main-1`), so that no permalink can
 * point at the page furniture instead of the text.
 */
export const PAGE_IDS = {
  main: 'main',
  about: 'document-about',
  contents: 'document-contents',
  cite: 'document-cite',
  mentions: 'document-mentions',
  related: 'document-related',
  publicationNote: 'publication-note',
  byline: 'byline',
} as const;
