/** Accessible names for self-links, unique on the page so that a list of links makes sense out of context. */

export function sectionLinkLabel(heading: string): string {
  return `Link to section: ${heading}`;
}

export function blockLinkLabel(kind: 'paragraph' | 'item', position: number, section: string | undefined): string {
  const where = section ? ` of ${section}` : '';
  return `Link to ${kind} ${position}${where}`;
}

/** How a search result names the paragraph or item it leads to. */
export function blockSearchTitle(kind: 'paragraph' | 'item', position: number, section: string | undefined): string {
  return section ? `${section}, ${kind} ${position}` : `Paragraph ${position}`;
}
