import type { MarkdownHeading } from 'astro';

export interface TocItem {
  heading: MarkdownHeading;
  children: MarkdownHeading[];
}

/**
 * Sections (level 2) with their subsections (level 3) for the contents list.
 * A subsection before any section is listed as a section of its own.
 */
export function nestHeadings(headings: readonly MarkdownHeading[]): TocItem[] {
  const items: TocItem[] = [];
  for (const heading of headings) {
    if (heading.depth === 2) items.push({ heading, children: [] });
    else if (heading.depth === 3) {
      const parent = items.at(-1);
      if (parent) parent.children.push(heading);
      else items.push({ heading, children: [] });
    }
  }
  return items;
}
