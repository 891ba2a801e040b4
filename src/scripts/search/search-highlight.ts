/** Pagefind's bundle lives under the site's base path, which the build writes in for `import.meta.env.BASE_URL`. */
const HIGHLIGHTER_URL = `${import.meta.env.BASE_URL}pagefind/pagefind-highlight.js`;
const MARK_CLASS = 'search-hit';
/** A search hands over a few terms; a crafted link with thousands would make the highlighter's pattern overflow the stack. */
const MAX_TERMS = 10;
const MAX_TERM_LENGTH = 100;

interface HighlighterModule {
  default: new (options: Record<string, unknown>) => unknown;
}

/**
 * <search-highlight>: on a page opened from a search result, marks the search
 * terms in the document and offers to clear them. Costs nothing on a page
 * opened any other way: the highlighter is loaded only when the URL carries
 * search terms.
 */
class SearchHighlight extends HTMLElement {
  /** The query parameter with the terms, from the markup so that this script imports nothing. */
  #param = '';

  connectedCallback(): void {
    this.#param = this.dataset['param'] ?? '';
    const given = new URLSearchParams(window.location.search).getAll(this.#param);
    const terms = [...new Set(given.map((term) => term.trim().slice(0, MAX_TERM_LENGTH)).filter(Boolean))].slice(0, MAX_TERMS);
    if (terms.length === 0) return;
    // The highlighter reads the terms from the address, so the address is bounded before it is loaded.
    if (terms.length !== given.length || terms.some((term, i) => term !== given[i])) {
      const url = new URL(window.location.href);
      url.searchParams.delete(this.#param);
      for (const term of terms) url.searchParams.append(this.#param, term);
      history.replaceState(history.state, '', url);
    }
    void this.#highlight(terms);
  }

  async #highlight(terms: string[]): Promise<void> {
    const { default: PagefindHighlight } = (await import(/* @vite-ignore */ HIGHLIGHTER_URL)) as HighlighterModule;
    new PagefindHighlight({
      highlightParam: this.#param,
      markContext: '[data-pagefind-body]',
      markOptions: { className: MARK_CLASS, exclude: ['[data-pagefind-ignore]', '[data-pagefind-ignore] *'] },
      addStyles: false,
    });
    const count = document.querySelectorAll(`mark.${MARK_CLASS}`).length;
    const message = this.querySelector('[data-highlight-message]');
    const button = this.querySelector('button');
    if (!message || !button || count === 0) return;
    // The page gives the sentence in its language (src/components/SearchHighlight.astro); this script carries no words.
    const { one, other } = JSON.parse(this.dataset['messages'] ?? '{}') as { one: string; other: string };
    const words = terms.map((term) => `“${term}”`).join(', ');
    message.textContent = (count === 1 ? one : other).replace('{count}', String(count)).replace('{terms}', words);
    button.addEventListener('click', () => this.#clear());
    this.hidden = false;
  }

  #clear(): void {
    for (const mark of document.querySelectorAll(`mark.${MARK_CLASS}`)) mark.replaceWith(...mark.childNodes);
    document.querySelector('[data-pagefind-body]')?.normalize();
    const url = new URL(window.location.href);
    url.searchParams.delete(this.#param);
    history.replaceState(history.state, '', url);
    this.hidden = true;
    // The button is gone: give focus to the document rather than lose it.
    document.querySelector<HTMLElement>('main')?.focus();
  }
}

customElements.define('search-highlight', SearchHighlight);
