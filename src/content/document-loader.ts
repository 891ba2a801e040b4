import { readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { globSync } from 'tinyglobby';
import type { z } from 'astro/zod';
import type { MarkdownProcessor, MarkdownRenderer } from '@astrojs/markdown-remark';
import type { Loader, LoaderContext } from 'astro/loaders';
import { documentSections, type DocumentSection } from '../lib/document-data.ts';
import { urlSlug } from '../lib/slug.ts';
import { unreadableMarkdown } from '../lib/markdown-hazards.ts';
import { checkDocument } from './check-document.ts';
import { ContentValidationError, type ContentProblem } from './content-problems.ts';
import { duplicateIds, missingSections, unknownFollows } from './document-checks.ts';
import { pipelineFingerprint } from './pipeline-fingerprint.ts';
import { readValidatedRecords, writeDocumentRecords, type DocumentRecord } from './document-records.ts';
import { validationFingerprint } from './validation-fingerprint.ts';
import { hasRendered, writeRendered } from './rendered-documents.ts';

interface DocumentLoaderOptions {
  /** Folder of Markdown files, relative to the project root. */
  base: string;
  /** The collection's schema; validated here too, so that errors can name the file. */
  schema: z.ZodObject;
  /** The entry's id and URL slug, from its unvalidated front matter; undefined when it has none. */
  idOf: (data: Record<string, unknown>) => string | undefined;
  /** Front-matter field the id comes from, named in duplicate errors. */
  slugField: string;
  /** Level-2 headings the body must have. */
  requiredSections?: readonly string[];
}

/** The site's Markdown renderer (markdown.processor), made once, with the options Astro's context.renderMarkdown gives it. */
let renderer: Promise<MarkdownRenderer> | undefined;
function markdownRenderer({ markdown, image }: LoaderContext['config']): Promise<MarkdownRenderer> {
  // Astro's config types its optional fields as possibly undefined, which the processor's options do not allow: the same values, as Astro passes them.
  const options = { image, syntaxHighlight: markdown.syntaxHighlight, shikiConfig: markdown.shikiConfig, gfm: markdown.gfm, smartypants: markdown.smartypants };
  return (renderer ??= markdown.processor.createRenderer(options as Parameters<MarkdownProcessor['createRenderer']>[0]));
}

/** The Markdown files under a folder, in a stable order; none when the folder does not exist. */
const markdownFiles = (dir: string) => globSync('**/*.md', { cwd: dir }).sort();

/**
 * Loads a folder of Markdown documents, strictly: every problem in every file
 * (schema, body sections, raw HTML, two files claiming one URL) is collected,
 * named by file and field, and reported together, and the build stops before
 * any page is written. Bodies are rendered through the configured Markdown
 * processor and kept on disk (src/content/rendered-documents.ts), and the
 * validated front matter in one file for the collection
 * (src/content/document-records.ts); the content store keeps each document's
 * id and digest. A file whose text and pipeline are unchanged is not rendered
 * again, and one unchanged since a sync under the same checks is not read and
 * validated again either: its record stands.
 */
export function documentLoader({ base, schema, idOf, slugField, requiredSections = [] }: DocumentLoaderOptions): Loader {
  let watching = false;

  async function sync(context: LoaderContext): Promise<void> {
    const { store, collection } = context;
    const root = fileURLToPath(context.config.root);
    const fingerprint = context.generateDigest(pipelineFingerprint(root));
    const validation = validationFingerprint(root);
    const filesById = new Map<string, string[]>();
    const fileBySlugValue = new Map<string, string>();
    const followsByFile = new Map<string, string>();
    const problems: ContentProblem[] = [];
    const untouched = new Set(store.keys());
    // In the files' order, so that the records are the same whichever file finished first.
    const names = markdownFiles(resolve(root, base));
    const records: (DocumentRecord | undefined)[] = names.map(() => undefined);
    const validated = readValidatedRecords(root, collection, validation);

    /** What the checks across files need of each: its id, slug and the note it follows. */
    function trackForChecks(file: string, id: string, written: DocumentRecord['written']) {
      filesById.set(id, [...(filesById.get(id) ?? []), file]);
      untouched.delete(id);
      if (written.slug !== undefined) fileBySlugValue.set(written.slug, file);
      if (written.follows !== undefined) followsByFile.set(file, written.follows);
    }

    async function loadFile(name: string, index: number): Promise<void> {
      const file = `${base}/${name}`;
      const text = readFileSync(resolve(root, file), 'utf8');
      const digest = context.generateDigest(`${fingerprint}\u0000${text}`);
      const filePath = relative(root, resolve(root, file));
      const known = validated.get(filePath);
      // Validated by an earlier sync under the same checks, and still in the store and rendered from this very text.
      if (known?.digest === digest && store.get(known.id)?.digest === digest && hasRendered(root, collection, known.id, digest)) {
        trackForChecks(file, known.id, known.written);
        records[index] = known;
        return;
      }

      const { frontmatter, data, body, problems: fileProblems } = checkDocument(file, text, schema);
      // A file with no usable slug still needs an id of its own, so that its problems get reported.
      const id = (frontmatter && idOf(frontmatter)) ?? `invalid-${urlSlug(name)}`;
      const written = {
        ...(typeof frontmatter?.[slugField] === 'string' && { slug: frontmatter[slugField] }),
        ...(typeof frontmatter?.['follows'] === 'string' && { follows: frontmatter['follows'] }),
      };
      trackForChecks(file, id, written);
      if (!data || body === undefined || fileProblems.length > 0) {
        problems.push(...fileProblems);
        store.delete(id);
        return;
      }

      const existing = store.get(id);
      records[index] = { id, digest, filePath, data, written };
      if (existing?.digest === digest && existing.filePath === filePath && hasRendered(root, collection, id, digest)) return;

      let rendered;
      try {
        // The front matter as read above: context.renderMarkdown would read it again, with another YAML parser.
        rendered = await (await markdownRenderer(context.config)).render(body, {
          frontmatter: frontmatter ?? {},
          fileURL: new URL(file, context.config.root),
        });
      } catch (error) {
        // A body the renderer cannot take is this file's problem, named with the others.
        problems.push({ file, field: 'body', message: unreadableMarkdown(error) });
        store.delete(id);
        return;
      }
      const { code: html, metadata } = rendered;
      const { headings } = metadata;
      problems.push(...missingSections(file, headings, requiredSections));
      // Read once per rendering, rather than by every build's pages that need the text (the .json beside each page, the changes, the mentions):
      // by the render worker (src/markdown/render-worker.ts), or here for a processor that does not.
      const sections = (metadata as { sections?: DocumentSection[] }).sections ?? documentSections(html);
      writeRendered(root, collection, id, { digest, html, headings, sections });
      store.set({ id, data: {}, filePath, digest });
    }

    // Many files at a time, so that every Markdown worker always has its next batch waiting.
    let next = 0;
    await Promise.all(
      Array.from({ length: 64 }, async () => {
        for (let index = next++; index < names.length; index = next++) await loadFile(names[index]!, index);
      }),
    );
    for (const id of untouched) store.delete(id);

    problems.push(...duplicateIds(filesById, slugField), ...unknownFollows(followsByFile, fileBySlugValue, slugField));

    if (problems.length > 0) {
      // Invalid data must not stay in the content cache, where an unchanged file would skip validation next time.
      for (const file of new Set(problems.map((p) => p.file))) {
        for (const [id, files] of filesById) if (files.includes(file)) store.delete(id);
      }
      throw new ContentValidationError(problems);
    }
    writeDocumentRecords(
      root,
      collection,
      validation,
      records.filter((record) => record !== undefined),
    );
  }

  return {
    name: 'document-loader',
    async load(context: LoaderContext) {
      await sync(context);
      // The dev server: any change to the folder loads it again; unchanged files are skipped by their digest.
      const { watcher } = context;
      if (!watcher || watching) return;
      watching = true;
      const dir = resolve(fileURLToPath(context.config.root), base);
      watcher.add(dir);
      const reload = (path: string) => {
        if (path.startsWith(dir) && path.endsWith('.md')) sync(context).catch((error: Error) => context.logger.error(error.message));
      };
      for (const event of ['add', 'change', 'unlink'] as const) watcher.on(event, reload);
    },
  };
}
