/**
 * The search interface is bundled apart from the pages (see
 * src/integrations/search-ui.ts) and served from fixed URLs, so that a page
 * can load it on first use from an inline script that imports nothing.
 */
import { at } from '../lib/urls.ts';

export const SEARCH_UI_DIR = 'search-ui';

export const SEARCH_UI_MODULES = {
  headerResults: at(`${SEARCH_UI_DIR}/header-results.js`),
  searchPage: at(`${SEARCH_UI_DIR}/search-page.js`),
} as const;
