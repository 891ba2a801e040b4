import type { z } from 'astro/zod';
import { forbiddenCharacters } from '../lib/characters.ts';
import { FrontMatterError, readFrontMatter } from '../lib/front-matter.ts';
import { markdownHazards, unreadableMarkdown } from '../lib/markdown-hazards.ts';
import { problemsFromIssues, type ContentProblem } from './content-problems.ts';

/** Why a body may not be published: control characters, raw HTML, a link that would run code, or Markdown that cannot be parsed. */
function bodyProblems(body: string): string[] {
  let hazards;
  try {
    hazards = markdownHazards(body);
  } catch (error) {
    return [unreadableMarkdown(error)];
  }
  const { html, urls } = hazards;
  const characters = forbiddenCharacters(body, { multiline: true });
  return [
    ...(characters ? [characters] : []),
    ...html.map((snippet) => `contains raw HTML (${JSON.stringify(snippet)}): expected Markdown only; write the words as text`),
    ...urls.map((url) => `links to ${JSON.stringify(url)}: expected an http, https or mailto URL, or a relative one`),
  ];
}

/** A document file read and checked: its front matter, and every problem with it, named by field. */
export interface CheckedDocument {
  /** The front matter as written, or undefined when it cannot be read. */
  frontmatter: Record<string, unknown> | undefined;
  /** The front matter as the schema gives it back (defaults filled in), when it is valid. */
  data?: Record<string, unknown>;
  /** The Markdown after the front matter, when the front matter is valid. */
  body?: string;
  problems: ContentProblem[];
}

/**
 * Reads one document file and checks everything that needs no other file:
 * its front matter (YAML, then the schema, unknown fields included) and its
 * body. Rendering and the checks across files come later.
 */
export function checkDocument(file: string, text: string, schema: z.ZodObject): CheckedDocument {
  let parsed;
  try {
    parsed = readFrontMatter(text);
  } catch (error) {
    if (!(error instanceof FrontMatterError)) throw error;
    return { frontmatter: undefined, problems: [{ file, field: '(front matter)', message: error.message }] };
  }
  const checked = schema.safeParse(parsed.data);
  if (!checked.success) return { frontmatter: parsed.data, problems: problemsFromIssues(file, checked.error.issues, Object.keys(schema.shape)) };
  return {
    frontmatter: parsed.data,
    data: checked.data,
    body: parsed.body,
    problems: bodyProblems(parsed.body).map((message) => ({ file, field: 'body', message })),
  };
}
