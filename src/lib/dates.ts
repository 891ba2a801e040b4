import { ui } from '../i18n/ui.ts';
import type { Language } from '../schemas/fields.ts';

/**
 * "2023-12-12" → "Dec 12, 2023", the style of the Government of Canada's
 * Question Period note pages; in French, "12 déc. 2023".
 */
export function formatIsoDate(isoDate: string, lang: Language = 'en-CA'): string {
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
  const strings = ui(lang);
  return strings.formatDate(year, strings.months[month - 1]!, day);
}

export function yearOf(isoDate: string): number {
  return Number(isoDate.slice(0, 4));
}
