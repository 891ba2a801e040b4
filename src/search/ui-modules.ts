/**
 * The search interface is bundled apart from the pages (see
 * src/integrations/search-ui.ts) and served from fixed URLs, so that a page
 * can load it on first use from an inline script that imports nothing.
 */
export const SEARCH_UI_DIR = 'search-ui';

export const SEARCH_UI_MODULES = {
  headerResults: `/${SEARCH_UI_DIR}/header-results.js`,
  searchPage: `/${SEARCH_UI_DIR}/search-page.js`,
} as const;
