/**
 * Names, sizes and places the whole site shares, defined once.
 */

/** The site's name, in titles, feeds and link previews. */
export const SITE_NAME = 'Briefing Room';

/** Where the entity and reference data lives: organizations, people, glossary, timeline, minister codes. */
export const DATA_DIR = 'content/data';
export const DATA_FILES = {
  organizations: `${DATA_DIR}/organizations.yaml`,
  people: `${DATA_DIR}/people.yaml`,
  glossary: `${DATA_DIR}/glossary.yaml`,
  events: `${DATA_DIR}/events.yaml`,
  ministerChoices: `${DATA_DIR}/minister-choices`,
} as const;

/** Link-preview images are 1200 × 630, the size Open Graph consumers crop least. */
export const SOCIAL_IMAGE = { width: 1200, height: 630 } as const;

/** The feed lists this many of the newest documents, so that it stays small however many there are. */
export const FEED_SIZE = 50;

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
  versions: 'document-versions',
  mentions: 'document-mentions',
  related: 'document-related',
  publicationNote: 'publication-note',
  byline: 'byline',
} as const;
