import type { FilterKey, SortOrder } from '../search/search-state.ts';

/**
 * What the search interface says, in each language. The browser scripts
 * pick the page's language from `<html lang>`, so the French pages, which
 * search the French index, also speak French.
 */
const en = {
  resultCount: (count: number, query: string) => {
    const noun = count === 1 ? 'result' : 'results';
    return query ? `${count} ${noun} for “${query}”` : `${count} ${noun}`;
  },
  noResults: (query: string) => `No results for “${query}”`,
  noResultsHelp: (query: string) => `No results for “${query}”. Try fewer or different words, remove a filter, or put an exact phrase in "double quotes".`,
  seeAll: (count: number) => `See all ${count} results`,
  openSearchPage: 'Open the search page',
  unavailable: 'Search is not available right now. Try again, or browse all documents.',
  typeToSearch: 'Type words to search for.',
  typeOrFilter: 'Type words to search for, or choose a filter below.',
  passagesIn: (title: string) => `Matching passages in ${title}`,
  filters: { type: 'Document type', source: 'Organization or publisher', year: 'Year' } satisfies Record<FilterKey, string>,
  sorts: { relevance: 'Best match', newest: 'Newest first', oldest: 'Oldest first' } satisfies Record<SortOrder, string>,
  page: {
    title: 'Search',
    description: 'Search every briefing note and article, and land on the passage that says it.',
    formLabel: 'Search all documents',
    wordsToFind: 'Words to find',
    button: 'Search',
    help: 'Put an exact phrase in "double quotes".',
    sortBy: 'Sort by',
    needsScript: 'Search runs in your browser and needs JavaScript, which is off. Every document is listed on the',
    homePage: 'home page',
    more: 'Show more results',
  },
};

const fr: typeof en = {
  resultCount: (count: number, query: string) => {
    const noun = count === 1 ? 'résultat' : 'résultats';
    return query ? `${count} ${noun} pour « ${query} »` : `${count} ${noun}`;
  },
  noResults: (query: string) => `Aucun résultat pour « ${query} »`,
  noResultsHelp: (query: string) =>
    `Aucun résultat pour « ${query} ». Essayez moins de mots ou d’autres mots, retirez un filtre, ou mettez une expression exacte entre "guillemets droits".`,
  seeAll: (count: number) => `Voir les ${count} résultats`,
  openSearchPage: 'Ouvrir la page de recherche',
  unavailable: 'La recherche n’est pas disponible pour le moment. Réessayez, ou parcourez toutes les notes.',
  typeToSearch: 'Tapez les mots à chercher.',
  typeOrFilter: 'Tapez les mots à chercher, ou choisissez un filtre ci-dessous.',
  passagesIn: (title: string) => `Passages correspondants dans ${title}`,
  filters: { type: 'Type de document', source: 'Organisation', year: 'Année' },
  sorts: { relevance: 'Pertinence', newest: 'Plus récentes d’abord', oldest: 'Plus anciennes d’abord' },
  page: {
    title: 'Recherche',
    description: 'Cherchez dans toutes les notes pour la période de questions, et arrivez au passage qui le dit.',
    formLabel: 'Rechercher dans toutes les notes',
    wordsToFind: 'Mots à chercher',
    button: 'Rechercher',
    help: 'Mettez une expression exacte entre "guillemets droits".',
    sortBy: 'Trier par',
    needsScript: 'La recherche fonctionne dans votre navigateur et exige JavaScript, qui est désactivé. Toutes les notes sont énumérées sur la',
    homePage: 'page d’accueil',
    more: 'Afficher plus de résultats',
  },
};

export type SearchMessages = typeof en;

/** The messages for a page's language: French for fr-CA, English otherwise. */
export function searchMessages(lang: string): SearchMessages {
  return lang.startsWith('fr') ? fr : en;
}
