/**
 * <quote-links>: all a document page loads for quote links. It waits for the
 * reader's first selection of words and only then loads the quote code (from
 * the URL in its data-module attribute). It imports nothing, so it is inlined.
 *
 * It also opens a quote link in a browser without text fragments: there the
 * whole `#id:~:text=…` would be read as an id that no element has, so the
 * address is turned into the paragraph's permalink.
 */
class QuoteLinks extends HTMLElement {
  connectedCallback(): void {
    const hash = window.location.hash;
    if (!('fragmentDirective' in document) && hash.includes(':~:')) window.location.replace(hash.slice(0, hash.indexOf(':~:')));

    const start = () => {
      const selection = document.getSelection();
      if (!selection || selection.isCollapsed) return;
      document.removeEventListener('selectionchange', start);
      const module = this.dataset['module'];
      if (module) void (import(/* @vite-ignore */ module) as Promise<typeof import('./quote-links.ts')>).then(({ attachQuoteLinks }) => attachQuoteLinks(this));
    };
    document.addEventListener('selectionchange', start);
  }
}

customElements.define('quote-links', QuoteLinks);
