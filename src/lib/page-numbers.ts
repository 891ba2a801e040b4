/**
 * The page numbers a pager shows: the first and last pages, and those next to
 * the current one, with a gap (null) where pages are left out. Ten thousand
 * documents make two hundred pages; the pager stays seven links wide.
 */
export function pageNumbers(current: number, last: number): (number | null)[] {
  const shown = new Set([1, last, current - 1, current, current + 1].filter((n) => n >= 1 && n <= last));
  const sorted = [...shown].sort((a, b) => a - b);
  const numbers: (number | null)[] = [];
  for (const n of sorted) {
    const previous = numbers.at(-1);
    if (typeof previous === 'number' && n - previous === 2) numbers.push(previous + 1);
    else if (typeof previous === 'number' && n - previous > 2) numbers.push(null);
    numbers.push(n);
  }
  return numbers;
}
