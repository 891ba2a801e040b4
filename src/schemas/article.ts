import { z } from 'astro/zod';
import { KEBAB_CASE, isoDate, provenance, text } from './fields.ts';
import { mentionFields } from './entities.ts';

/** A news article, copied with its byline and publication line kept as fields. */
export const articleSchema = z.strictObject({
  /** URL slug: lowercase words joined by single hyphens; names the page /articles/SLUG/. */
  slug: z
    .string({ error: 'is required: expected lowercase words joined by single hyphens, e.g. csis-leak-investigation' })
    .regex(KEBAB_CASE, { error: 'expected lowercase words joined by single hyphens, e.g. csis-leak-investigation' })
    .max(80, { error: 'expected at most 80 characters' }),
  /** The headline as published. */
  headline: text('CSIS tracked the flow of intelligence …'),
  /** The standfirst or summary as published (it may be a truncated lede). */
  summary: text('OTTAWA – Canada’s spy agency …'),
  /** Who published it, e.g. The Canadian Press. */
  publisher: text('The Canadian Press'),
  /** The byline's author, e.g. Jim Bronskill. */
  author: text('Jim Bronskill'),
  /** Date of first publication, YYYY-MM-DD. */
  date_published: isoDate('2024-11-02'),
  /** Place line that opens the story, e.g. OTTAWA. */
  dateline: text('OTTAWA'),
  /** The article's own closing line about first publication, word for word. Optional. */
  publication_note: text('This report by The Canadian Press was first published Nov. 2, 2024.').optional(),
  /** The original text this copy was made from. */
  provenance: provenance.optional(),
  ...mentionFields,
});

export type Article = z.infer<typeof articleSchema>;
