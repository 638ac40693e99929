/**
 * A vendor's list, read by the list reader, as the entries a watch compares: name, legal entity,
 * places and purpose, as the list gives them and nothing added. A registry built with this project
 * needs no understanding: its subprocessors.json says each of these in a field.
 */
import { exportDocumentSchema, type ExportProcessor } from '../../schemas/export';
import type { WatchedEntry } from '../../schemas/watch';
import { fold, placesOf, splitNameAddress } from '../lists/cells';
import type { ListDocument } from '../lists/list';
import { understand, type EntryCell } from '../lists/understand';

/** Entries a list names more than once (one per product, per section) are one, their facts joined. */
function merged(entries: readonly WatchedEntry[]): WatchedEntry[] {
  const byKey = new Map<string, WatchedEntry>();
  for (const entry of entries) {
    const key = `${fold(entry.name)}|${fold(entry.entity ?? '')}`;
    const seen = byKey.get(key);
    if (!seen) {
      byKey.set(key, { ...entry, places: [...entry.places] });
      continue;
    }
    for (const place of entry.places) if (!seen.places.includes(place)) seen.places.push(place);
    const written = [...(seen.placesAsWritten ?? []), ...(entry.placesAsWritten ?? [])];
    if (written.length > 0) seen.placesAsWritten = [...new Set(written)];
    if (entry.purpose && !seen.purpose?.split('\n').includes(entry.purpose))
      seen.purpose = seen.purpose ? `${seen.purpose}\n${entry.purpose}` : entry.purpose;
  }
  return [...byKey.values()].sort(
    (a, b) => a.name.localeCompare(b.name, 'en') || (a.entity ?? '').localeCompare(b.entity ?? ''),
  );
}

const clean = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The places of a recipient in this project's JSON: where each activity processes and stores data. */
function exportedPlaces(processor: ExportProcessor): string[] {
  const places: string[] = [];
  for (const activity of processor.activities)
    for (const where of [activity.processing, activity.storage])
      if (Array.isArray(where))
        for (const code of where) if (!places.includes(code)) places.push(code);
  return places;
}

function exportedEntries(document: unknown): WatchedEntry[] | undefined {
  const parsed = exportDocumentSchema.safeParse(document);
  if (!parsed.success) return undefined;
  return merged(
    parsed.data.processors
      .filter((p) => p.status === 'active' || p.status === 'upcoming')
      .map((p) => {
        const purposes = [
          ...new Set(
            p.activities.flatMap((a) =>
              a.description
                ? [clean(a.description)]
                : a.purpose && 'label' in a.purpose
                  ? [clean(a.purpose.label)]
                  : [],
            ),
          ),
        ];
        const entity = p.legalEntity && 'name' in p.legalEntity ? p.legalEntity.name : undefined;
        const country =
          p.legalEntity && 'country' in p.legalEntity && typeof p.legalEntity.country === 'string'
            ? p.legalEntity.country
            : undefined;
        return {
          name: clean(p.name),
          ...(entity ? { entity: clean(entity) } : {}),
          ...(country ? { entityCountry: country } : {}),
          places: exportedPlaces(p),
          ...(purposes.length > 0 ? { purpose: purposes.join('\n') } : {}),
          ...(p.status === 'upcoming' ? { status: 'upcoming' } : {}),
        };
      }),
  );
}

const texts = (cells: readonly EntryCell[] | undefined) =>
  (cells ?? []).map((cell) => clean(cell.text)).filter((text) => text !== '');

/**
 * The entries of a list document; undefined where it holds no list this reader understands (no
 * table or list whose rows name recipients), which a watch reports as unreadable, never guesses.
 */
export function watchedEntries(doc: ListDocument): WatchedEntry[] | undefined {
  if (doc.exported !== undefined) return exportedEntries(doc.exported);
  const { entries } = understand(doc);
  if (entries.length === 0) return undefined;
  return merged(
    entries.flatMap((entry) => {
      const places: string[] = [];
      const unread: string[] = [];
      for (const text of [
        ...texts(entry.fields.location),
        ...texts(entry.fields.processing),
        ...texts(entry.fields.storage),
      ]) {
        const found = placesOf(text);
        for (const code of found.codes) if (!places.includes(code)) places.push(code);
        for (const part of found.unread) if (!unread.includes(part)) unread.push(part);
      }
      // A name cell may hold more lines after the name (a hosting location), and the entity's
      // address after the name on its line: the name is what comes before.
      const [first = '', ...more] = entry.name.split('\n').map(clean).filter(Boolean);
      const name = splitNameAddress(first).name || first;
      const details = more.join('\n');
      const entity = texts(entry.fields.entity).join(', ');
      const entityCountry = texts(entry.fields.entityCountry)
        .flatMap((text) => placesOf(text).codes)
        .join(', ');
      const purpose = texts(entry.fields.purpose).join('\n');
      if (name === '') return [];
      return {
        name,
        ...(entity && fold(entity) !== fold(name) ? { entity } : {}),
        ...(entityCountry ? { entityCountry } : {}),
        places,
        ...(unread.length > 0 ? { placesAsWritten: unread } : {}),
        ...(details ? { details } : {}),
        ...(purpose ? { purpose } : {}),
      };
    }),
  );
}
