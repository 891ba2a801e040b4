/**
 * The faithful-copy check: every sentence of an original text must appear,
 * character for character, in the text of its rendered page. Only whitespace
 * is normalized. Structure the copy adds is allowed for: list markers ("• ",
 * "- ") open a line in the original, and a label line ending in ":" may
 * become a heading or a field name without its colon.
 */

const LIST_MARKER = /^(?:[•▪◦·]|-)\s+/u;
/** A line that only names what follows: short, ends with a colon, no sentence inside. */
const LABEL_LINE = /^[^.!?]{1,80}:$/u;
/** Between sentences: end punctuation (perhaps closed by a quote or bracket), space, then a capital, digit or opening quote. */
const SENTENCE_BREAK = /(?<=[.!?][”’"')]?)\s+(?=[“‘"'(]?[\p{Lu}\d])/u;

export function normalizeSpace(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}

/** The sentences of an original text, less the lines listed as page junk. */
export function sourceSentences(original: string, pageJunk: readonly string[] = []): string[] {
  const junk = new Set(pageJunk.map(normalizeSpace));
  return original
    .split(/\r?\n/u)
    .map(normalizeSpace)
    .filter((line) => line !== '' && !junk.has(line))
    .map((line) => line.replace(LIST_MARKER, ''))
    .map((line) => (LABEL_LINE.test(line) ? line.slice(0, -1).trimEnd() : line))
    .flatMap((line) => line.split(SENTENCE_BREAK))
    .map(normalizeSpace)
    .filter((sentence) => sentence !== '');
}

/** Sentences that the rendered text does not contain word for word. */
export function missingSentences(sentences: readonly string[], renderedText: string): string[] {
  const rendered = normalizeSpace(renderedText);
  return sentences.filter((sentence) => !rendered.includes(sentence));
}
