/** Text matched literally inside a regular expression. */
function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * A pattern for a word or phrase standing alone: not inside a longer word,
 * in any script ("IMVE" in "IMVE groups", not in "IMVEs" or "XIMVE").
 */
export function wholeWord(word: string, flags = 'u'): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(word)}(?![\\p{L}\\p{N}])`, flags);
}

/** Text safe inside XML or SVG, as element content or a quoted attribute. */
export function escapeXml(text: string): string {
  return text.replace(/[<>&'"]/g, (c) => `&#${c.charCodeAt(0)};`);
}
