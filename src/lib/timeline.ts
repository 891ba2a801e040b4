const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'] as const;

/** A date as precise as the document is: "2014", "November 2023", "Nov 2, 2024". */
export function formatEventDate(date: string, precision: 'year' | 'month' | 'day'): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number?, number?];
  if (precision === 'year' || !month) return String(year);
  if (precision === 'month' || !day) return `${MONTHS[month - 1]} ${year}`;
  return `${MONTHS[month - 1]!.slice(0, 3)} ${day}, ${year}`;
}

/** Earliest first; a year sorts before the months and days within it, so the vaguest date leads. */
export function chronological<T extends { date: string; id: string }>(events: readonly T[]): T[] {
  return [...events].sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
}
