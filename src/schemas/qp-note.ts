import { z } from 'astro/zod';
import { isoDate, openDataOrigin, provenance, referenceNumber, text } from './fields.ts';
import { mentionFields } from './entities.ts';

/**
 * A Question Period note. Field names follow the Government of Canada's
 * "Proactive Publication - Question Period Notes" open data set, so that its
 * rows can be imported as they are; the labelled parts of a note
 * (Issue/Question, Suggested Response, Background, Additional Information)
 * are level-2 headings in the body.
 */
export const qpNoteSchema = z.strictObject({
  /** The department's reference number, e.g. PS-2023-QP-1--MPS-003; no commas. Also names the page URL. */
  reference_number: referenceNumber,
  /** Official title of the note, without the "Question Period Note:" label. */
  title: text('Report from the Criminal Intelligence Service Canada (CISC) re: …'),
  /** Date the note was provided to the minister's office, YYYY-MM-DD. */
  date_received: isoDate('2023-12-12'),
  /** The owning organization (open data: owner_org_title), e.g. Public Safety Canada. */
  organization: text('Public Safety Canada'),
  /** Title of the minister the note was written for (open data: minister), e.g. Minister of Public Safety. Optional: an imported code the choices list does not know has a name but no title. */
  minister: text('Minister of Public Safety').optional(),
  /** The minister's name as the note gives it, e.g. "Anandasangaree, Gary (Hon.)". Optional. */
  minister_name: text('Anandasangaree, Gary (Hon.)').optional(),
  /** One sentence for listings and link previews, in the note's own words. */
  summary: text('the Issue/Question sentence of the note'),
  /** The original text this copy was made from. Optional for notes imported from open data. */
  provenance: provenance.optional(),
  /**
   * Reference number of the earlier note this one re-issues, for a series the
   * titles do not show (src/lib/series.ts); a note of the same folder. Optional.
   */
  follows: referenceNumber.optional(),
  /** The language the note is written in: en-CA, the default, here; fr-CA in content/qp-notes-fr/. */
  lang: z.literal('en-CA', { error: 'expected en-CA, or no lang at all: French copies go in content/qp-notes-fr/' }).default('en-CA'),
  /** Set by `npm run import` on the notes it writes; never written by hand. */
  open_data: openDataOrigin.optional(),
  ...mentionFields,
});

/** A note in either language. */
export type QpNote = z.infer<typeof qpNoteSchema> | z.infer<typeof qpNoteFrSchema>;

/**
 * A note's labelled parts in each language, as the open data set labels its
 * text fields; each is a level-2 heading of the body.
 */
export const QP_NOTE_SECTIONS = {
  'en-CA': { question: 'Issue/Question', response: 'Suggested Response', background: 'Background', additional: 'Additional Information' },
  'fr-CA': { question: 'Enjeu ou question', response: 'Réponse suggérée', background: 'Contexte', additional: 'Renseignements supplémentaires' },
} as const;

/** Level-2 headings a note body must have: the open data set's required text fields. */
export const requiredQpNoteSections = [QP_NOTE_SECTIONS['en-CA'].response, QP_NOTE_SECTIONS['en-CA'].background] as const;
export const requiredQpNoteSectionsFr = [QP_NOTE_SECTIONS['fr-CA'].response, QP_NOTE_SECTIONS['fr-CA'].background] as const;

/** A French copy of a note: the same fields, in French, saying so. */
export const qpNoteFrSchema = qpNoteSchema.extend({
  /** Must be fr-CA: the copies in this folder are the French ones. */
  lang: z.literal('fr-CA', { error: 'expected fr-CA: notes in this folder are the French copies' }),
});
