import { renderedOf, type RenderedDocument } from '../content/rendered-documents.ts';

/**
 * The project root the loader wrote rendered bodies and front matter under,
 * as Astro resolved it (src/integrations/project-root.ts).
 */
export const PROJECT_ROOT = import.meta.env['PROJECT_ROOT'] as string;

/** A document's rendered body and headings (src/content/rendered-documents.ts). */
export function renderedBody(entry: { collection: string; id: string; digest?: string | number | undefined }): RenderedDocument {
  return renderedOf(PROJECT_ROOT, entry);
}
