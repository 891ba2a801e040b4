import type { z } from 'astro/zod';
import { printable } from '../lib/characters.ts';

/** One thing wrong with one content file, phrased for its author. */
export interface ContentProblem {
  /** Path of the file, relative to the project root. */
  file: string;
  /** The front-matter field or body section at fault. */
  field: string;
  /** What was expected there, and what was found where that helps. */
  message: string;
}

/** Turns schema issues into one problem per field, naming unknown keys one by one. */
export function problemsFromIssues(file: string, issues: readonly z.core.$ZodIssue[], allowedKeys: readonly string[]): ContentProblem[] {
  return issues.flatMap((issue) => {
    const path = issue.path.map(String).join('.');
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({
        file,
        field: path ? `${path}.${key}` : key,
        message: `unknown field; expected only ${allowedKeys.join(', ')} (check the spelling)`,
      }));
    }
    return [{ file, field: path || '(front matter)', message: issue.message }];
  });
}

/** One line per problem; names and values from the files are escaped, so that none can drive the terminal it is printed on. */
export function formatProblem({ file, field, message }: ContentProblem): string {
  return printable(`${file} → ${field}: ${message}`);
}

/** The error that stops a build, listing every problem found rather than only the first. */
export class ContentValidationError extends Error {
  readonly problems: readonly ContentProblem[];

  constructor(problems: readonly ContentProblem[]) {
    const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
    super(`Content is invalid (${count}):\n${problems.map((p) => `  - ${formatProblem(p)}`).join('\n')}`);
    this.name = 'ContentValidationError';
    this.problems = problems;
  }
}
