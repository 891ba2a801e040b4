/**
 * <site-search>: the search field in every page's header. Without JavaScript
 * it is a form that submits to /search/. This bootstrap is all a page loads:
 * it listens for the reader starting to search (focus, a keystroke, `/`, or
 * Ctrl/Cmd+K) and only then loads the results code (from the URL in its
 * data-module attribute) and Pagefind. It imports nothing, so it is inlined.
 */
class SiteSearch extends HTMLElement {
  #input: HTMLInputElement | null = null;
  #started = false;

  connectedCallback(): void {
    this.#input = this.querySelector('input[type="search"]');
    const input = this.#input;
    if (!input) return;
    const start = () => this.#start();
    input.addEventListener('focus', start, { once: true });
    input.addEventListener('keydown', start, { once: true });
    document.addEventListener('keydown', (event) => this.#onShortcut(event));
  }

  #onShortcut(event: KeyboardEvent): void {
    const input = this.#input;
    if (!input || event.defaultPrevented) return;
    const isCommandK = event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey) && !event.altKey;
    const target = event.target instanceof HTMLElement ? event.target : null;
    const typing = target !== null && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
    if (isCommandK || (event.key === '/' && !typing && !event.ctrlKey && !event.metaKey && !event.altKey)) {
      event.preventDefault();
      input.focus();
      input.select();
    }
  }

  #start(): void {
    if (this.#started) return;
    this.#started = true;
    const module = this.dataset['module'];
    if (!module) return;
    void (import(/* @vite-ignore */ module) as Promise<typeof import('./header-results.ts')>).then(({ attachHeaderResults }) => attachHeaderResults(this));
  }
}

customElements.define('site-search', SiteSearch);
