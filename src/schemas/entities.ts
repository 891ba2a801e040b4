import { z } from 'astro/zod';
import { KEBAB_CASE, text } from './fields.ts';

/** An entry's id: lowercase words joined by single hyphens; also its URL and anchor. */
const entityId = z.string().regex(KEBAB_CASE, { error: 'expected lowercase words joined by single hyphens, e.g. cisc' });

/** An organization the documents name. */
export const organizationSchema = z.strictObject({
  /** Stable id, e.g. cisc; names the page /organizations/ID/. */
  id: entityId,
  /** The name as the documents write it. */
  name: text('Criminal Intelligence Service Canada'),
  /** The acronym the documents use, if any. */
  acronym: text('CISC').optional(),
  /** What kind of body it is, e.g. police, government department. */
  kind: text('police'),
  /** The documents' own words about it, quoted exactly. Optional. */
  description: text('a sentence from a document').optional(),
});

/** A person the documents name. */
export const personSchema = z.strictObject({
  /** Stable id, e.g. justin-trudeau; names the page /people/ID/. */
  id: entityId,
  /** The name as the documents write it. */
  name: text('Justin Trudeau'),
  /** Their role as the documents give it. */
  role: text('Prime Minister'),
  /** Other ways the documents write the name (a surname alone), for finding mentions. Default: none. */
  also_written: z.array(z.string().min(1)).default([]),
});

/** An acronym the documents use. */
export const termSchema = z.strictObject({
  /** Stable id, e.g. imve; the anchor /glossary/#ID. */
  id: entityId,
  /** The acronym as the documents write it. */
  term: text('IMVE'),
  /** What it stands for. */
  expansion: text('ideologically motivated violent extremism'),
  /** True where a document spells it out itself; false where the expansion is the Government of Canada's official one. */
  spelled_out: z.boolean({ error: 'expected true or false' }),
  /** The documents' own explanation, quoted exactly, if they give one. */
  explanation: text('a sentence from a document').optional(),
});

const DATE_BY_PRECISION = { year: /^\d{4}$/, month: /^\d{4}-(0[1-9]|1[0-2])$/, day: /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/ } as const;

/** A dated event a document mentions, with the paragraph that mentions it. */
export const eventSchema = z
  .strictObject({
    /** Stable id; the anchor /timeline/#ID. */
    id: entityId,
    /** YYYY, YYYY-MM or YYYY-MM-DD, as precise as the document is. */
    date: z.string({ error: 'expected a date as YYYY, YYYY-MM or YYYY-MM-DD' }),
    /** How precise the date is: year, month or day. */
    precision: z.enum(['year', 'month', 'day'], { error: 'expected year, month or day' }),
    /** The document's words that mention the event, quoted exactly. */
    what: text('the 2014 Moncton shooting (anti-authority violence)'),
    /** The document: COLLECTION/ID, e.g. notes/ps-2023-qp-1-mps-003. */
    document: z.string().regex(/^(notes|articles)\/[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'expected notes/ID or articles/ID' }),
    /** The id of the paragraph or item that mentions it, e.g. background-imve-p1. */
    paragraph: entityId,
  })
  .refine((event) => DATE_BY_PRECISION[event.precision].test(event.date), {
    error: 'date does not match its precision: expected YYYY for year, YYYY-MM for month, YYYY-MM-DD for day',
    path: ['date'],
  });

export type Organization = z.infer<typeof organizationSchema>;
export type Person = z.infer<typeof personSchema>;
export type Term = z.infer<typeof termSchema>;
export type TimelineEvent = z.infer<typeof eventSchema>;

/** What a document lists as mentioned in it, by id; each must exist in its collection. */
export const mentionFields = {
  /** Organizations the document mentions, by id from content/data/organizations.yaml. Default: none. */
  organizations: z.array(entityId).default([]),
  /** People the document mentions, by id from content/data/people.yaml. Default: none. */
  people: z.array(entityId).default([]),
  /** Glossary terms the document uses, by id from content/data/glossary.yaml. Default: none. */
  terms: z.array(entityId).default([]),
};

/** A document's own fields, without its mentions (which the content layer turns into references). */
export type WithoutMentions<T> = Omit<T, keyof typeof mentionFields>;
