import './quote-links.css';
import { quoteMessages as english } from '../i18n/en.ts';
import { quoteMessages as french } from '../i18n/fr.ts';

/**
 * Quote links, loaded by <quote-links> (src/components/QuoteLinks.astro) the
 * first time the reader selects words in a document. Words selected within
 * one paragraph or item can be copied as a link to them, the paragraph's
 * permalink with a text fragment (#id:~:text=…), which browsers that support
 * text fragments open with the words highlighted and others open at the
 * paragraph; or as the quote with its citation. A selection across two
 * paragraphs gets a message instead.
 */

/** The bar's words in the page's language: only these two small dictionaries come with this code. */
const messagesFor = (lang: string) => (lang.startsWith('fr') ? french : english);

/** A quote this long or shorter goes into the link whole; a longer one by its first and last words. */
const WHOLE_QUOTE_WORDS = 10;
const EDGE_WORDS = 4;

/** Percent-encodes a text directive's term: `-`, `,` and `&` are its own syntax. */
const encodeTerm = (text: string) => encodeURIComponent(text).replace(/-/g, '%2D');

/** The URL of the words: the block's permalink, with a text directive for exactly those words. */
export function quoteUrl(pageUrl: string, blockId: string, quote: string): string {
  const words = quote.split(' ');
  const directive =
    words.length <= WHOLE_QUOTE_WORDS
      ? encodeTerm(quote)
      : `${encodeTerm(words.slice(0, EDGE_WORDS).join(' '))},${encodeTerm(words.slice(-EDGE_WORDS).join(' '))}`;
  return `${pageUrl}#${blockId}:~:text=${directive}`;
}

const fill = (template: string, values: Record<string, string>) => template.replace(/\{(\w+)\}/g, (whole, key: string) => values[key] ?? whole);

/** The paragraph or item with a permalink that holds a node of the document body. */
function blockOf(node: Node | null, body: Element): HTMLElement | null {
  const element = node instanceof Element ? node : (node?.parentElement ?? null);
  const block = element?.closest<HTMLElement>('p[id], li[id]') ?? null;
  return block && body.contains(block) ? block : null;
}

/** The selected words as the reader sees them: without the self-links' hidden labels, spaces folded. */
function selectedWords(range: Range): string {
  const copy = range.cloneContents();
  for (const hidden of copy.querySelectorAll('.self-link, .visually-hidden')) hidden.remove();
  return (copy.textContent ?? '').replace(/\s+/g, ' ').trim();
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, properties: Partial<HTMLElementTagNameMap[K]>, ...children: (Node | string)[]) {
  const made = Object.assign(document.createElement(tag), properties);
  made.append(...children);
  return made;
}

/** The bar's stylesheet, beside this module (esbuild writes it from the import above); the bar waits for it, so it never shows unstyled. */
function loadStylesheet(): Promise<unknown> {
  const link = element('link', { rel: 'stylesheet', href: new URL('./quote-links.css', import.meta.url).href });
  const loaded = new Promise((resolve) => link.addEventListener('load', resolve, { once: true }));
  document.head.append(link);
  return loaded;
}

export async function attachQuoteLinks(root: HTMLElement): Promise<void> {
  const body = document.querySelector('[data-pagefind-body] .prose');
  if (!body) return;
  await loadStylesheet();
  const messages = messagesFor(document.documentElement.lang);
  const { title = '', date = '' } = root.dataset;

  const status = element('p', { role: 'status' });
  const linkButton = element('button', { type: 'button', className: 'button', ariaKeyShortcuts: 'Alt+Shift+Q' }, messages.copyLink);
  const citeButton = element('button', { type: 'button', className: 'button' }, messages.copyCitation);
  const buttons = element('div', { className: 'buttons' }, linkButton, citeButton);
  const toolbar = element('div', { className: 'quote-toolbar', role: 'group', ariaLabel: messages.label, hidden: true }, status, buttons);
  toolbar.dataset['print'] = 'hide';
  root.append(toolbar);
  let quote: { text: string; url: string } | undefined;

  const say = (message: string) => {
    status.textContent = message;
  };
  const hide = () => {
    toolbar.hidden = true;
    quote = undefined;
    say('');
  };

  const update = () => {
    const selection = document.getSelection();
    if (!selection || selection.isCollapsed || selection.rangeCount === 0) {
      // A click on the toolbar's own buttons keeps the quote it was made for.
      if (!toolbar.contains(document.activeElement)) hide();
      return;
    }
    const range = selection.getRangeAt(0);
    const start = blockOf(range.startContainer, body);
    const end = blockOf(range.endContainer, body);
    if (!start && !end) return hide();
    toolbar.hidden = false;
    if (!start || start !== end) {
      quote = undefined;
      buttons.hidden = true;
      return say(messages.acrossBlocks);
    }
    const text = selectedWords(range);
    if (!text) return hide();
    const page = `${window.location.origin}${window.location.pathname}`;
    quote = { text, url: quoteUrl(page, start.id, text) };
    buttons.hidden = false;
    say(fill(messages.ready, { count: String(text.split(' ').length) }));
  };

  const copy = async (text: string, confirmation: string) => {
    try {
      await navigator.clipboard.writeText(text);
      say(`${confirmation}: ${text}`);
    } catch {
      say(`${messages.failed} ${text}`);
    }
  };

  linkButton.addEventListener('click', () => {
    if (quote) void copy(quote.url, messages.linkCopied);
  });
  citeButton.addEventListener('click', () => {
    if (quote) void copy(fill(messages.citation, { quote: quote.text, title, date, url: quote.url }), messages.citationCopied);
  });
  // Pressing a button must not clear the selection it acts on.
  toolbar.addEventListener('mousedown', (event) => {
    if (event.target instanceof Element && event.target.closest('button')) event.preventDefault();
  });
  document.addEventListener('keydown', (event) => {
    if (toolbar.hidden) return;
    if (event.key === 'Escape') hide();
    else if (event.altKey && event.shiftKey && event.code === 'KeyQ' && !buttons.hidden) {
      event.preventDefault();
      linkButton.focus();
    }
  });
  let pending: number | undefined;
  const later = () => {
    window.clearTimeout(pending);
    pending = window.setTimeout(update, 120);
  };
  document.addEventListener('selectionchange', later);
  // After a pause, so that the status line is in the page before it first speaks.
  later();
}
