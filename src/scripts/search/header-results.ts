import { hasCriteria, normalizeQuery, emptyFilters, writeState, type SearchState } from '../../search/search-state.ts';
import { fill, monthOf, oldestSearched, readMessages, resultCount, type HeaderMessageKey } from '../../search/messages.ts';
import { loadPagefind, search } from './engine.ts';
import { moveAmongResults, renderResult } from './render.ts';

const SHOWN = 5;
const DEBOUNCE_MS = 120;

/**
 * Results as you type under the header's search field. Arrow keys move
 * between the field and the results, Enter opens one, Escape closes the list
 * and returns to the field; focus never leaves the search without the reader
 * moving it. The count is announced in a live region.
 */
export function attachHeaderResults(root: HTMLElement): void {
  const input = root.querySelector<HTMLInputElement>('input[type="search"]');
  const panel = root.querySelector<HTMLElement>('[data-search-panel]');
  const list = root.querySelector<HTMLOListElement>('[data-search-results]');
  const status = root.querySelector<HTMLElement>('[data-search-status]');
  const all = root.querySelector<HTMLAnchorElement>('[data-search-all]');
  const scope = root.querySelector<HTMLElement>('[data-search-scope]');
  if (!input || !panel || !list || !status || !all || !scope) return;
  const messages = readMessages<HeaderMessageKey>(root);

  void loadPagefind().catch(() => undefined);
  let timer: number | undefined;
  let latest = 0;

  // A search field may not carry aria-expanded; the live region announces what the list holds instead.
  const close = () => {
    panel.hidden = true;
  };
  const open = () => {
    panel.hidden = false;
  };

  const update = async () => {
    const query = normalizeQuery(input.value);
    const state: SearchState = { query, filters: emptyFilters(), sort: 'relevance', allPeriods: false };
    const ticket = ++latest;
    if (!hasCriteria(state)) {
      list.replaceChildren();
      status.textContent = '';
      close();
      return;
    }
    try {
      // Results as you type: the last word may be the start of a longer one.
      const outcome = await search(state, { passagesPerResult: 2, withCounts: false, complete: false });
      const views = await outcome.load(0, SHOWN);
      if (ticket !== latest) return;
      list.replaceChildren(...views.map((view) => renderResult(view, 'h3', messages.passagesIn)));
      const message = outcome.total === 0 ? fill(messages.noResults, { query }) : resultCount(messages, outcome.total, query);
      const { periods } = outcome;
      // Results come from the newest periods only; say so, and from when.
      scope.textContent =
        periods.loaded < periods.all.length ? fill(messages.newestOnly, { from: monthOf(oldestSearched(periods).from, document.documentElement.lang) }) : '';
      scope.hidden = scope.textContent === '';
      status.textContent = scope.hidden ? message : `${message}. ${scope.textContent}`;
      all.href = `${new URL(root.querySelector('form')?.action ?? window.location.href).pathname}?${writeState(state)}`;
      all.textContent = outcome.total > SHOWN ? fill(messages.seeAll, { count: outcome.total }) : messages.openSearchPage;
      panel.querySelector('[data-search-empty]')?.toggleAttribute('hidden', outcome.total > 0);
      open();
    } catch {
      if (ticket !== latest) return;
      list.replaceChildren();
      status.textContent = messages.unavailable;
      open();
    }
  };

  input.addEventListener('input', () => {
    window.clearTimeout(timer);
    timer = window.setTimeout(() => void update(), DEBOUNCE_MS);
  });
  if (input.value) void update();

  root.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') {
      if (!panel.hidden) {
        event.preventDefault();
        close();
        input.focus();
      }
      return;
    }
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    if (panel.hidden) {
      if (event.target === input && event.key === 'ArrowDown' && list.children.length > 0) open();
      else return;
    }
    event.preventDefault();
    const step = event.key === 'ArrowDown' ? 1 : -1;
    const from = event.target === input ? null : document.activeElement;
    if (!moveAmongResults(list, from, step) && step === -1) input.focus();
  });

  // Leaving the search with Tab or a click elsewhere closes the list; typing or ArrowDown reopens it.
  root.addEventListener('focusout', (event) => {
    if (!(event.relatedTarget instanceof Node) || !root.contains(event.relatedTarget)) close();
  });
}
