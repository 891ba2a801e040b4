/**
 * `npm run build:imported-site`: builds the site that the importer's tests
 * read and browse: the real documents, plus the hand-made fixture CSVs and 100
 * synthetic notes imported through `npm run import`, as a user would. It has
 * French pages and listings long enough to paginate. Output goes to
 * tests/.tmp/imported-site/ (content/ and dist/).
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { syntheticNotesCsv } from '../../scripts/bench/synthetic-notes.ts';

const ROOT = 'tests/.tmp/imported-site';
const CONTENT = join(ROOT, 'content');
const SYNTHETIC_NOTES = 100;

rmSync(ROOT, { recursive: true, force: true });
mkdirSync(CONTENT, { recursive: true });
for (const folder of ['qp-notes', 'qp-notes-fr', 'articles']) cpSync(join('content', folder), join(CONTENT, folder), { recursive: true });
writeFileSync(join(ROOT, 'synthetic.csv'), syntheticNotesCsv(SYNTHETIC_NOTES));

const run = (args: string[], env: Record<string, string> = {}) => execFileSync('node', args, { stdio: 'inherit', env: { ...process.env, ...env } });
run(['scripts/import.ts', 'tests/fixtures/open-data/qpnotes.csv', '--content', CONTENT]);
// Real minister codes of both shapes and an unknown one, values YAML could misread, a 3,500-character first paragraph, a 341-character organization name, setext headings.
run(['scripts/import.ts', 'tests/fixtures/open-data/edge-cases.csv', '--content', CONTENT]);
// A series of three versions of one note, in both languages, and two near misses that must stay apart.
run(['scripts/import.ts', 'tests/fixtures/open-data/series.csv', '--content', CONTENT]);
run(['scripts/import.ts', join(ROOT, 'synthetic.csv'), '--content', CONTENT]);
// Shards of at most 8 pages, their indexes cut into chunks of about 500 word locations, so that this small site's search is split as a large one's is (tests/e2e/search-periods.spec.ts).
run(['scripts/build.ts', '--outDir', join(ROOT, 'dist')], { CONTENT_DIR: CONTENT, SEARCH_SHARD_PAGES: '8', SEARCH_CHUNK_LOCATIONS: '500' });
