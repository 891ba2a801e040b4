/**
 * `npm run bench:search`: what search costs a reader, measured in Chromium on
 * the built site. For a cold first search and a later one: the bytes
 * downloaded (as sent by the server, before any gzip a host would add), and
 * the time from the last keystroke to results on screen (median of RUNS).
 */
import { measureSearch, median } from './search-cost.ts';
import { startPreview } from './preview-server.ts';

const RUNS = 5;
const FIRST = 'IMVE';
const LATER = 'foreign interference';

const { url, stop } = await startPreview();
let rows;
try {
  rows = await measureSearch(`${url}/notes/ps-2023-qp-1-mps-003/`, FIRST, LATER, RUNS);
} finally {
  stop();
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
console.log(`Search cost, median of ${RUNS} cold runs in Chromium (${url}):`);
console.log(
  `  first search "${FIRST}":  ${kb(median(rows.map((r) => r.bytesFirst)))} in ${median(rows.map((r) => r.requestsFirst))} requests, ${median(rows.map((r) => r.msFirst)).toFixed(0)} ms keystroke to results`,
);
console.log(
  `  later search "${LATER}":  ${kb(median(rows.map((r) => r.bytesLater)))}, ${median(rows.map((r) => r.msLater)).toFixed(0)} ms keystroke to results`,
);
console.log('  (times include the 120 ms typing pause the field waits for before searching)');
