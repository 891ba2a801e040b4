import {
  FILTER_KEYS,
  emptyFilters,
  hasCriteria,
  normalizeQuery,
  readState,
  writeState,
  type FilterKey,
  type SearchState,
  type SortOrder,
} from '../../search/search-state.ts';
import { search, type SearchOutcome } from './engine.ts';
import { fill, periodsSearched, readMessages, resultCount, type SearchMessages, type SearchPageMessageKey } from '../../search/messages.ts';
import { moveAmongResults, renderResult } from './render.ts';

const PAGE_SIZE = 10;
const DEBOUNCE_MS = 150;

/**
 * <search-page>: the full search at /search/. Its state lives in the URL, so
 * a search can be shared, bookmarked and reloaded; filters show how many
 * results each value gives; arrow keys move through the results and Escape
 * returns to the field.
 */
class SearchPage extends HTMLElement {
  #form!: HTMLFormElement;
  #input!: HTMLInputElement;
  #sort!: HTMLSelectElement;
  #filters!: HTMLElement;
  #status!: HTMLElement;
  #list!: HTMLOListElement;
  #more!: HTMLButtonElement;
  #periods!: HTMLElement;
  #periodsText!: HTMLElement;
  #allPeriodsButton!: HTMLButtonElement;
  #allPeriods = false;
  #outcome: SearchOutcome | undefined;
  #shown = 0;
  #latest = 0;
  #timer: number | undefined;

  #messages!: Pick<SearchMessages, SearchPageMessageKey>;

  connectedCallback(): void {
    this.#messages = readMessages<SearchPageMessageKey>(this);
    const find = <T extends Element>(selector: string) => {
      const el = this.querySelector<T>(selector);
      if (!el) throw new Error(`search page is missing ${selector}`);
      return el;
    };
    this.#form = find('form');
    this.#input = find('input[type="search"]');
    this.#sort = find('select[name="sort"]');
    this.#filters = find('[data-filters]');
    this.#status = find('[data-search-status]');
    this.#list = find('[data-search-results]');
    this.#more = find('[data-search-more]');
    this.#periods = find('[data-search-periods]');
    this.#periodsText = find('[data-search-periods-text]');
    this.#allPeriodsButton = find('[data-search-all-periods]');
    find<HTMLElement>('[data-search-needs-script]').hidden = true;
    find<HTMLElement>('[data-search-controls]').hidden = false;

    const fromUrl = readState(new URLSearchParams(window.location.search));
    // Words typed before this script arrived are kept; the URL's query wins only when there is one.
    if (fromUrl.query) this.#input.value = fromUrl.query;
    const state = { ...fromUrl, query: normalizeQuery(this.#input.value) };
    this.#sort.value = state.sort;
    this.#allPeriods = state.allPeriods;

    this.#form.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.#run();
    });
    this.#input.addEventListener('input', () => this.#schedule());
    this.#form.addEventListener('change', () => void this.#run());
    this.#more.addEventListener('click', () => void this.#showMore());
    this.#allPeriodsButton.addEventListener('click', () => {
      this.#allPeriods = true;
      // The button goes once every period is searched; the field keeps the reader's place.
      this.#input.focus();
      void this.#run();
    });
    this.#list.addEventListener('keydown', (event) => this.#onResultsKey(event));
    this.#input.addEventListener('keydown', (event) => {
      if (event.key === 'ArrowDown' && this.#list.children.length > 0) {
        event.preventDefault();
        moveAmongResults(this.#list, null, 1);
      }
    });
    if (hasCriteria(state)) {
      void this.#run(state);
      return;
    }
    // Nothing asked yet: Pagefind loads when the reader starts, as in the header.
    this.#status.textContent = this.#messages.typeToSearch;
    this.#input.addEventListener('focus', () => void this.#run(), { once: true });
  }

  #schedule(): void {
    window.clearTimeout(this.#timer);
    // While the reader types, the last word may be the start of a longer one.
    this.#timer = window.setTimeout(() => void this.#run(this.#readForm(), false), DEBOUNCE_MS);
  }

  #readForm(): SearchState {
    const filters = emptyFilters();
    for (const box of this.#filters.querySelectorAll<HTMLInputElement>('input[type="checkbox"]:checked')) {
      filters[box.name as FilterKey].push(box.value);
    }
    return { query: normalizeQuery(this.#input.value), filters, sort: this.#sort.value as SortOrder, allPeriods: this.#allPeriods };
  }

  async #run(state: SearchState = this.#readForm(), complete = true): Promise<void> {
    const ticket = ++this.#latest;
    const query = writeState(state).toString();
    history.replaceState(null, '', query ? `?${query}` : window.location.pathname);
    try {
      const outcome = await search(state, { complete });
      if (ticket !== this.#latest) return;
      this.#outcome = outcome;
      this.#renderFilters(state, outcome.filterCounts);
      if (!hasCriteria(state)) {
        this.#list.replaceChildren();
        this.#more.hidden = true;
        this.#renderPeriods(outcome.periods);
        this.#status.textContent = this.#messages.typeOrFilter;
        return;
      }
      this.#shown = 0;
      this.#list.replaceChildren();
      await this.#showMore(ticket);
      if (ticket !== this.#latest) return;
      // Said with the count, once the results they describe are shown.
      this.#renderPeriods(outcome.periods);
      this.#status.textContent =
        outcome.total === 0 ? fill(this.#messages.noResultsHelp, { query: state.query }) : resultCount(this.#messages, outcome.total, state.query);
    } catch {
      if (ticket !== this.#latest) return;
      this.#status.textContent = this.#messages.unavailable;
    }
  }

  async #showMore(ticket = this.#latest): Promise<void> {
    const outcome = this.#outcome;
    if (!outcome) return;
    const first = this.#shown;
    const views = await outcome.load(first, first + PAGE_SIZE);
    if (ticket !== this.#latest) return;
    this.#list.append(...views.map((view) => renderResult(view, 'h2', this.#messages.passagesIn)));
    this.#shown += views.length;
    this.#more.hidden = this.#shown >= outcome.total;
    // After "Show more", continue from the first new result rather than losing the place.
    if (first > 0) this.#list.children[first]?.querySelector<HTMLAnchorElement>('a')?.focus();
  }

  /** Which periods were searched, and the button that searches the rest. */
  #renderPeriods(periods: SearchOutcome['periods']): void {
    const lang = document.documentElement.lang;
    this.#periodsText.textContent = periodsSearched(this.#messages, periods, lang);
    const partial = periods.loaded < periods.all.length;
    this.#allPeriodsButton.hidden = !partial;
    this.#allPeriodsButton.textContent = fill(this.#messages.searchAllPeriods, { total: periods.all.length });
    this.#periods.hidden = false;
  }

  #renderFilters(state: SearchState, counts: SearchOutcome['filterCounts']): void {
    const groups = FILTER_KEYS.map((key) => {
      const values = [...new Set([...Object.keys(counts[key]), ...state.filters[key]])].sort((a, b) =>
        key === 'year' ? b.localeCompare(a) : a.localeCompare(b, document.documentElement.lang),
      );
      if (values.length === 0) return undefined;
      const fieldset = document.createElement('fieldset');
      const legend = document.createElement('legend');
      legend.textContent = this.#messages.filters[key];
      fieldset.append(legend);
      for (const value of values) {
        const label = document.createElement('label');
        const box = document.createElement('input');
        box.type = 'checkbox';
        box.name = key;
        box.value = value;
        box.checked = state.filters[key].includes(value);
        label.append(box, ` ${value} `);
        const count = document.createElement('span');
        count.className = 'count';
        count.textContent = `(${counts[key][value] ?? 0})`;
        label.append(count);
        fieldset.append(label);
      }
      return fieldset;
    }).filter((group): group is HTMLFieldSetElement => group !== undefined);
    // Keep focus on the checkbox the reader just used when the filters are rebuilt.
    const focused = document.activeElement instanceof HTMLInputElement && this.#filters.contains(document.activeElement) ? document.activeElement : undefined;
    this.#filters.replaceChildren(...groups);
    if (focused) this.#filters.querySelector<HTMLInputElement>(`input[name="${focused.name}"][value="${CSS.escape(focused.value)}"]`)?.focus();
  }

  #onResultsKey(event: KeyboardEvent): void {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const moved = moveAmongResults(this.#list, document.activeElement, event.key === 'ArrowDown' ? 1 : -1);
      if (!moved && event.key === 'ArrowUp') this.#input.focus();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      this.#input.focus();
    }
  }
}

customElements.define('search-page', SearchPage);
