import { z } from 'astro/zod';
import { text } from './fields.ts';

/** One code of the open data set's minister choices list (content/data/ministers.yaml). */
export const ministerSchema = z.strictObject({
  /** The code as the data set's "minister" column writes it, e.g. Dominic LeBlanc or PM. */
  code: text('Dominic LeBlanc'),
  /** The minister's name. */
  name: text('Dominic LeBlanc'),
  /** The title in English, e.g. Minister of Public Safety. */
  title_en: text('Minister of Public Safety'),
  /** The title in French, e.g. Ministre de la Sécurité publique. */
  title_fr: text('Ministre de la Sécurité publique'),
});

export type Minister = z.infer<typeof ministerSchema>;
