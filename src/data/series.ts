import type { DocumentSummary } from '../lib/document-index.ts';
import { findSeries } from '../lib/series.ts';
import { summarize } from './documents.ts';
import { documentEntries, type DocumentEntry } from './entries.ts';

type NoteCollection = 'notes' | 'notesFr';
type NoteEntry = DocumentEntry<NoteCollection>;

/** A note's place in its series: every version oldest first, with the entries a comparison reads. */
export interface Versions {
  versions: DocumentSummary[];
  entries: NoteEntry[];
  /** This note's position in `versions`. */
  index: number;
}

/** Each language's series, found once per build (src/lib/series.ts). */
const built = new Map<NoteCollection, Promise<Map<string, Versions>>>();

async function loadSeries(collection: NoteCollection): Promise<Map<string, Versions>> {
  const entries = await documentEntries(collection);
  const byId = new Map(entries.map((entry) => [entry.id, entry]));
  const series = findSeries(
    entries.map(({ id, data }) => ({
      id,
      referenceNumber: data.reference_number,
      organization: data.organization,
      title: data.title,
      date: data.date_received,
      follows: data.follows,
    })),
  );
  const versionsById = new Map<string, Versions>();
  const done = new Set<unknown>();
  for (const members of series.values()) {
    if (done.has(members)) continue;
    done.add(members);
    const memberEntries = members.map((member) => byId.get(member.id)!);
    const versions = memberEntries.map(summarize);
    memberEntries.forEach((entry, index) => versionsById.set(entry.id, { versions, entries: memberEntries, index }));
  }
  return versionsById;
}

/** The versions of a note, or undefined when it is the only one of its series. */
export async function versionsOf(collection: NoteCollection, id: string): Promise<Versions | undefined> {
  let series = import.meta.env.DEV ? undefined : built.get(collection);
  if (!series) {
    series = loadSeries(collection);
    built.set(collection, series);
  }
  return (await series).get(id);
}
