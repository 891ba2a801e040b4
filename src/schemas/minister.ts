import { z } from 'astro/zod';
import { text } from './fields.ts';

/**
 * The two shapes the open data set's minister choices list
 * (ckanext/canada/tables/choices/minister.json) has had; copies of both are in
 * content/data/minister-choices/. Fields the site does not use (precedence,
 * the combined "en"/"fr" labels of the first shape) are allowed and ignored.
 */

/** A date and time as the choices list writes it, e.g. 2019-11-20T15:00:00, or "" for a term not ended. */
const termDate = z.string().regex(/^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2})?$/, { error: 'expected YYYY-MM-DDTHH:MM:SS, or "" for none' });

/** Keyed by the minister's name, e.g. "Marc Garneau": the code is the person. */
export const ministerByName = z.object({
  /** The title in English, e.g. Minister of Transport. */
  title_en: text('Minister of Transport'),
  /** The title in French, e.g. Ministre des Transports. */
  title_fr: text('Ministre des Transports'),
  /** Start of the term in that office. */
  start_date: termDate,
  /** End of the term, or "" if it had not ended when the list was written. */
  end_date: termDate,
});

/** Keyed by the office, e.g. "PM": the code is the title, and the person is whoever held it on the note's date. */
export const ministerByOffice = z.object({
  /** The title in English, e.g. Prime Minister. */
  en: text('Prime Minister'),
  /** The title in French, e.g. Premier ministre. */
  fr: text('Premier ministre'),
  /** Who held the office. */
  ministers: z.array(
    z.object({
      /** The name as notes give it in English, e.g. "Trudeau, Justin (Right Hon.)". */
      name_en: text('Trudeau, Justin (Right Hon.)'),
      /** The name as notes give it in French, e.g. "Trudeau, Justin (Le très hon.)". */
      name_fr: text('Trudeau, Justin (Le très hon.)'),
      start_date: termDate,
      end_date: termDate,
    }),
  ),
});

/** One choices file: code → entry, in either shape. */
export const ministerChoicesFile = z.record(z.string().min(1), z.union([ministerByOffice, ministerByName]));
