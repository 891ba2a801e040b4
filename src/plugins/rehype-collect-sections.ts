import type { Root } from 'hast';
import { sectionsOfTree, type DocumentSection } from '../lib/document-data.ts';

/**
 * Hands a document's sections (src/lib/document-data.ts) to `collect`, read
 * from its tree once the site's plugins have given every block its id, so that
 * the render workers need not parse the HTML they have just written to read
 * them. Last of the site's plugins; the ones Astro runs after it add no ids and
 * change no text.
 */
export default function rehypeCollectSections({ collect }: { collect: (sections: DocumentSection[]) => void }) {
  return (tree: Root) => {
    collect(sectionsOfTree(tree));
  };
}
