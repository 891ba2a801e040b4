import type { PaginateFunction } from 'astro';
import { allDocuments } from './documents.ts';
import { PAGE_SIZE, byYear, bySource } from './listings.ts';
import type { Language } from '../schemas/fields.ts';

/**
 * The static paths of the paginated listings, shared by the English and
 * French routes: every document, and the documents of each year and of each
 * source. Each page holds PAGE_SIZE documents.
 */
export async function everyDocumentPaths(paginate: PaginateFunction, lang: Language) {
  return paginate(await allDocuments(lang), { pageSize: PAGE_SIZE });
}

export async function yearPaths(paginate: PaginateFunction, lang: Language) {
  return byYear(await allDocuments(lang)).flatMap(({ key, label, documents }) =>
    paginate(documents, { pageSize: PAGE_SIZE, params: { year: key }, props: { label } }),
  );
}

export async function sourcePaths(paginate: PaginateFunction, lang: Language) {
  return bySource(await allDocuments(lang), lang).flatMap(({ key, label, documents }) =>
    paginate(documents, { pageSize: PAGE_SIZE, params: { source: key }, props: { label } }),
  );
}
