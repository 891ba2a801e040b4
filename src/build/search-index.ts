import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { close, createIndex } from 'pagefind';

/** The folders of document pages in each language, relative to the site (from DOCUMENT_TYPES: notes, articles, fr/notes). */
export type PagesByLanguage = Record<string, readonly string[]>;

interface PagefindEntry {
  version: string;
  languages: Record<string, unknown>;
}

/**
 * Builds the Pagefind search index into SITE/pagefind/ once Astro has written
 * the pages and exited (scripts/build.ts), through Pagefind's Node API, one
 * language at a time, each in a Pagefind process of its own: Pagefind holds
 * every page it indexes in memory until it writes, so the build's peak is the
 * larger of Astro's and one language's index, not their sum. Each pass writes
 * its own language's files; the entry file that names the languages is
 * merged. Any Pagefind error, or a language with no pages indexed, is thrown.
 */
export async function buildSearchIndex(site: string, pagesByLanguage: PagesByLanguage, log: (message: string) => void): Promise<void> {
  const output = join(site, 'pagefind');
  const entryFile = join(output, 'pagefind-entry.json');
  let merged: PagefindEntry | undefined;
  try {
    for (const [language, folders] of Object.entries(pagesByLanguage)) {
      const present = folders.filter((folder) => existsSync(join(site, folder)));
      if (present.length === 0) continue;
      log(`indexing the ${language} pages`);
      const { index, errors } = await createIndex({});
      if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
      const glob = present.length === 1 ? `${present[0]}/**/*.html` : `{${present.join(',')}}/**/*.html`;
      const added = await index.addDirectory({ path: site, glob });
      if (added.errors.length > 0) throw new Error(`Pagefind could not index the ${language} pages: ${added.errors.join('; ')}`);
      if (added.page_count === 0) throw new Error(`Pagefind found no ${language} pages to index in ${present.join(', ')}`);
      const written = await index.writeFiles({ outputPath: output });
      if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
      // A new Pagefind process per language: one that indexed a language keeps its memory.
      await close();
      const entry = JSON.parse(readFileSync(entryFile, 'utf8')) as PagefindEntry;
      merged = merged ? { ...entry, languages: { ...merged.languages, ...entry.languages } } : entry;
      log(`indexed ${added.page_count} ${language} pages into ${output}`);
    }
    if (!merged) throw new Error('Pagefind found no pages to index: the site has no document pages');
    writeFileSync(entryFile, JSON.stringify(merged));
  } finally {
    await close();
  }
}
