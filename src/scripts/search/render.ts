import { formatIsoDate } from '../../lib/dates.ts';
import { fill } from '../../search/messages.ts';
import type { ResultView } from './engine.ts';

/**
 * Turns a Pagefind excerpt into DOM nodes, keeping only its text and its
 * `<mark>` elements. The parsed document is inert, and nothing else in it
 * reaches the page, so no indexed or typed text can become markup.
 */
export function renderExcerpt(html: string): DocumentFragment {
  const parsed = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
  const fragment = document.createDocumentFragment();
  for (const node of parsed.body.childNodes) {
    if (node.nodeType === Node.TEXT_NODE) fragment.append(node.textContent ?? '');
    else if (node instanceof HTMLElement && node.tagName === 'MARK') {
      const mark = document.createElement('mark');
      mark.textContent = node.textContent;
      fragment.append(mark);
    } else fragment.append(node.textContent ?? '');
  }
  return fragment;
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  if (className) el.className = className;
  if (text !== undefined) el.textContent = text;
  return el;
}

/** One result: title link to its best passage, type, date and source, excerpt, and links to its best passages. */
/** One result as a list item; `passagesIn` names its list of passages ("Matching passages in {title}"). */
export function renderResult(result: ResultView, headingLevel: 'h2' | 'h3', passagesIn: string): HTMLLIElement {
  const item = element('li', 'search-result');
  const heading = element(headingLevel, 'search-result-title');
  const link = element('a', undefined, result.title);
  link.href = result.url;
  link.dataset['resultLink'] = '';
  heading.append(link);

  const meta = element('p', 'search-result-meta');
  const parts: Node[] = [];
  if (result.type) parts.push(document.createTextNode(result.type));
  if (result.date) {
    const time = element('time', undefined, formatIsoDate(result.date, document.documentElement.lang === 'fr-CA' ? 'fr-CA' : 'en-CA'));
    time.dateTime = result.date;
    parts.push(time);
  }
  if (result.source) parts.push(document.createTextNode(result.source));
  parts.forEach((part, i) => {
    if (i > 0) meta.append(' · ');
    meta.append(part);
  });

  const excerpt = element('p', 'search-result-excerpt');
  excerpt.append(renderExcerpt(result.excerpt));
  item.append(heading, meta, excerpt);

  const anchored = result.passages.filter((passage) => passage.url.includes('#'));
  if (anchored.length > 0) {
    const list = element('ul', 'search-result-passages');
    list.setAttribute('aria-label', fill(passagesIn, { title: result.title }));
    for (const passage of anchored) {
      const passageLink = element('a');
      passageLink.href = passage.url;
      passageLink.dataset['resultLink'] = '';
      const excerptText = element('span', 'search-passage-excerpt');
      excerptText.append(renderExcerpt(passage.excerpt));
      passageLink.append(element('span', 'search-passage-title', passage.title), excerptText);
      const li = element('li');
      li.append(passageLink);
      list.append(li);
    }
    item.append(list);
  }
  return item;
}

/** Moves focus among the result links of a list with the arrow keys; returns false at either end. */
export function moveAmongResults(container: HTMLElement, from: Element | null, step: 1 | -1): boolean {
  const links = [...container.querySelectorAll<HTMLAnchorElement>('a[data-result-link]')];
  const index = from instanceof HTMLAnchorElement ? links.indexOf(from) : -1;
  const next = links[index === -1 ? (step === 1 ? 0 : links.length - 1) : index + step];
  if (!next) return false;
  next.focus();
  return true;
}
