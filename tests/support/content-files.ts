import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { DOCUMENT_TYPES, entryId, type Collection } from '../../src/lib/document-index.ts';
import { urls } from '../../src/lib/urls.ts';

export interface ContentFile {
  collection: Collection;
  file: string;
  data: Record<string, unknown>;
  /** Site-relative URL of the document's page. */
  url: string;
}

/** Every document in `content/`, with the URL its page is built at. */
export function contentFiles(root = 'content'): ContentFile[] {
  return (Object.keys(DOCUMENT_TYPES) as Collection[]).flatMap((collection) => {
    const dir = join(root, DOCUMENT_TYPES[collection].folder);
    return readdirSync(dir)
      .filter((name) => name.endsWith('.md'))
      .map((name) => {
        const file = join(dir, name);
        const data = parseFrontmatter(readFileSync(file, 'utf8')).frontmatter;
        const id = entryId(collection, data);
        if (!id) throw new Error(`${file} has no ${DOCUMENT_TYPES[collection].slugField}`);
        return { collection, file, data, url: urls.document(collection, id) };
      });
  });
}
