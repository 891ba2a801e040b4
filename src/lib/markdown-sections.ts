/**
 * Reads the level-2 section headings of a Markdown body (`## Heading`),
 * skipping fenced code, so that required sections can be checked before
 * anything is rendered.
 */
export function levelTwoHeadings(markdown: string): string[] {
  const headings: string[] = [];
  let fence: string | undefined;
  for (const line of markdown.split(/\r?\n/)) {
    const fenceMatch = /^\s{0,3}(`{3,}|~{3,})/.exec(line);
    if (fenceMatch?.[1]) {
      const marker = fenceMatch[1];
      if (fence === undefined) fence = marker[0];
      else if (marker[0] === fence) fence = undefined;
      continue;
    }
    if (fence !== undefined) continue;
    const heading = /^\s{0,3}##[ \t]+(.+?)[ \t]*#*[ \t]*$/.exec(line);
    if (heading?.[1]) headings.push(heading[1].trim());
  }
  return headings;
}

/** Required section names that the body lacks, in the order required. */
export function missingSections(markdown: string, required: readonly string[]): string[] {
  const present = new Set(levelTwoHeadings(markdown));
  return required.filter((name) => !present.has(name));
}
