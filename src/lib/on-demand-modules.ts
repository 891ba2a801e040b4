import { at } from './urls.ts';

/**
 * Browser modules a page loads only when the reader first needs them (search,
 * quote links), bundled apart from the pages (src/integrations/on-demand-modules.ts)
 * and served from fixed URLs, so that a page can load one from an inline
 * script that imports nothing.
 */
export const MODULES_DIR = 'modules';

export const ON_DEMAND_MODULES = {
  headerResults: at(`${MODULES_DIR}/header-results.js`),
  searchPage: at(`${MODULES_DIR}/search-page.js`),
  quoteLinks: at(`${MODULES_DIR}/quote-links.js`),
} as const;
