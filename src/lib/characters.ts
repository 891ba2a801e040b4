/**
 * Characters that text from a CSV file or a front-matter field may not carry,
 * and how any text is shown safely in a terminal.
 *
 * Control characters (NUL, BEL, escape sequences) do nothing good in a
 * document and can rewrite a terminal that prints them; bidirectional
 * embeddings, overrides and isolates make text display in another order than
 * it is stored (the "Trojan Source" trick), so a title could read one way and
 * search another.
 */

/** C0 controls other than tab, line feed and carriage return; DEL; C1 controls. */
// eslint-disable-next-line no-control-regex -- finding control characters is what this pattern is for
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/u;
// eslint-disable-next-line no-control-regex -- finding control characters is what this pattern is for
const CONTROL_OR_LINE_BREAK = /[\u0000-\u0008\u000A-\u001F\u007F-\u009F]/u;
const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069]/u;
/** Characters that show nothing: spaces, format characters (zero-width ones included) and controls. */
const INVISIBLE = /[\p{Z}\p{Cf}\p{Cc}\s]/gu;

/** "U+202E". */
export function codePoint(character: string): string {
  return `U+${character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}

/**
 * Why a text is refused for the characters in it, or undefined. `multiline`
 * allows tabs and line breaks, as in a section of a note.
 */
export function forbiddenCharacters(text: string, { multiline }: { multiline: boolean }): string | undefined {
  const control = (multiline ? CONTROL : CONTROL_OR_LINE_BREAK).exec(text)?.[0];
  if (control) return `contains the control character ${codePoint(control)}: expected printable text`;
  const bidi = BIDI_CONTROL.exec(text)?.[0];
  if (bidi) return `contains the bidirectional control ${codePoint(bidi)}, which makes text display in another order than it is stored: remove it`;
  return undefined;
}

/** Whether a text has at least one character that shows. */
export function hasVisibleCharacter(text: string): boolean {
  return text.replace(INVISIBLE, '').length > 0;
}

/**
 * Text as it may be printed to a terminal: control and bidirectional
 * characters become `\u{…}` escapes, so that a hostile value in an error
 * message cannot clear the screen or reorder the line.
 */
export function printable(text: string): string {
  // eslint-disable-next-line no-control-regex -- finding control characters is what this pattern is for
  return text.replace(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/gu, (c) => `\\u{${c.codePointAt(0)!.toString(16)}}`);
}
