import type { ContentProblem } from './content-problems.ts';

/** The level-2 headings a rendered body lacks, as problems. */
export function missingSections(file: string, headings: readonly { depth: number; text: string }[], required: readonly string[]): ContentProblem[] {
  const sections = new Set(headings.filter((h) => h.depth === 2).map((h) => h.text.trim()));
  return required
    .filter((name) => !sections.has(name))
    .map((section) => ({ file, field: `body section "${section}"`, message: `is required: expected a level-2 heading "## ${section}" followed by its text` }));
}

/**
 * Every `follows` that names no other document of its folder, as problems:
 * a series must not silently lose a version to a mistyped reference number.
 */
export function unknownFollows(followsByFile: ReadonlyMap<string, string>, fileBySlugValue: ReadonlyMap<string, string>, slugField: string): ContentProblem[] {
  return [...followsByFile].flatMap(([file, follows]) => {
    const followed = fileBySlugValue.get(follows);
    if (followed === file) return [{ file, field: 'follows', message: `names this note itself; expected the ${slugField} of the note it follows` }];
    if (followed) return [];
    return [{ file, field: 'follows', message: `no document in this folder has ${slugField} "${follows}"; expected the ${slugField} of the note it follows` }];
  });
}

/** Every file that shares its id (its URL slug) with another, as one problem per file, naming the others. */
export function duplicateIds(filesById: ReadonlyMap<string, readonly string[]>, slugField: string): ContentProblem[] {
  return [...filesById].flatMap(([id, files]) =>
    files.length < 2
      ? []
      : files.map((file) => ({
          file,
          field: slugField,
          message: `gives the URL slug "${id}", which ${files.filter((f) => f !== file).join(', ')} also gives; each document needs its own ${slugField}`,
        })),
  );
}
