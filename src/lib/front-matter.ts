import { extractFrontmatter } from '@astrojs/markdown-remark';
import { Document, LineCounter, parse, parseDocument, visit } from 'yaml';

/**
 * The one reader and writer of document front matter, used by the content
 * loader and the importer alike.
 *
 * It reads YAML with the 1.2 core schema, which has no timestamp or binary
 * types: `2023-13-45` stays the string the author wrote, so a date is checked
 * as written rather than after a YAML parser has rolled it over into another
 * day, and `0b101` stays text rather than becoming the number 5. A key given
 * twice is an error, not "the last one wins".
 */

/** Front matter that cannot be read at all; the message says what and where. */
export class FrontMatterError extends Error {
  override name = 'FrontMatterError';
}

export interface FrontMatterFile {
  data: Record<string, unknown>;
  /** The text after the closing `---`. */
  body: string;
}

export function readFrontMatter(text: string): FrontMatterFile {
  const raw = extractFrontmatter(text);
  if (raw === undefined) return { data: {}, body: text };
  if (/^\uFEFF?\s*\+\+\+/.test(text)) throw new FrontMatterError('is TOML (+++): expected YAML front matter between --- lines');
  const lines = new LineCounter();
  const document = parseDocument(raw, { schema: 'core', uniqueKeys: true, prettyErrors: false, lineCounter: lines });
  const [error] = document.errors;
  if (error) {
    // The front matter's first line is the file's second; its text starts with the line break after "---".
    const line = ` (line ${lines.linePos(error.pos[0]).line})`;
    throw new FrontMatterError(`is not valid YAML${line}: ${error.message.split('\n')[0]}`);
  }
  const data = document.toJS({ maxAliasCount: 100 }) as unknown;
  if (data !== null && (typeof data !== 'object' || Array.isArray(data))) throw new FrontMatterError('is not a YAML mapping: expected field: value lines');
  return { data: (data ?? {}) as Record<string, unknown>, body: text.replace(`---${raw}---`, '').replace(/^\r?\n/, '') };
}

/** Whether a string, written as a plain YAML scalar, reads back as that same string under YAML 1.2 and 1.1 alike. */
function readsBackPlain(value: string): boolean {
  const line = `v: ${value}`;
  try {
    return [
      { version: '1.2' as const, logLevel: 'silent' as const },
      { version: '1.1' as const, logLevel: 'silent' as const },
    ].every((options) => (parse(line, options) as { v: unknown } | null)?.v === value);
  } catch {
    return false;
  }
}

/**
 * Front matter as YAML that every reader gives back exactly: a string that
 * any YAML version could read as something else (a date such as 2024-03-18,
 * 0b101, yes, null, a leading "#" or ": ") is double-quoted; the rest stay
 * plain, so the file reads as the author would write it.
 */
export function writeFrontMatter(data: Record<string, unknown>): string {
  const document = new Document(data);
  visit(document, {
    Scalar(key, node) {
      if (key === 'key' || typeof node.value !== 'string') return;
      if (!readsBackPlain(node.value)) node.type = 'QUOTE_DOUBLE';
    },
  });
  return document.toString({ lineWidth: 0 });
}
