import { DEPLOYMENT } from './deployment.ts';
import type { DocumentSection } from './document-data.ts';
import { DOCUMENT_TYPES, type Collection } from './document-index.ts';
import { urls } from './urls.ts';

/**
 * The text of the .json file published beside a document's page
 * (NOTE-OR-ARTICLE.json): its address and type, its validated front matter,
 * and its sections (src/lib/document-data.ts). Apart from the sections'
 * module, which the Markdown pipeline runs, so that a change to this file
 * renders no document again.
 */
export function documentDataFile(collection: Collection, document: { id: string; data: Record<string, unknown> }, sections: DocumentSection[]): string {
  return JSON.stringify({
    url: new URL(urls.document(collection, document.id), DEPLOYMENT.site).href,
    type: DOCUMENT_TYPES[collection].typeLabel,
    metadata: document.data,
    sections,
  });
}
