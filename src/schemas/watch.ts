/**
 * A snapshot of a vendor's own sub-processor list: content/watch/<processor id>.json, written by
 * `npm run watch`, never by hand. It holds the list's entries as read (not the page), where and
 * when they were fetched, the HTTP status and the SHA-256 of the bytes, so the history of a
 * vendor's list is this file's history in version control. A run that cannot read the list keeps
 * the last entries and records the gap.
 */
import { z } from 'astro/zod';
import { entryId, httpUrl } from './common';

const written = 'watch files are written by npm run watch; restore this one from version control';

/** A moment, as watch records it: an ISO 8601 UTC timestamp. */
const instant = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/, { error: written });

/** One entry of the vendor's list, normalised: what the list says, nothing added. */
export const watchedEntrySchema = z.strictObject({
  /** The sub-processor's name, as the list gives it. */
  name: z.string().min(1),
  /** Its legal entity, where the list names one. */
  entity: z.string().min(1).optional(),
  /** Where the entity is (its country, as the list gives it), where the list says. */
  entityCountry: z.string().min(1).optional(),
  /** Countries (ISO codes) and regions (eu, eea, worldwide) the list gives for it, in its order. */
  places: z.array(z.string().min(1)).default([]),
  /** What else its location cells say that is no country or region ("AWS us-east-1"). */
  placesAsWritten: z.array(z.string().min(1)).optional(),
  /** What else the list's name cell says of it, after the name ("Hosting location: Germany"). */
  details: z.string().min(1).optional(),
  /** What it does for the vendor, as the list says it. */
  purpose: z.string().min(1).optional(),
  /** Where the list states it: "upcoming" for an entry announced but not yet in effect. */
  status: z.string().min(1).optional(),
  /** When a watch first saw it on the list (absent for the entries of the first read). */
  firstSeen: instant.optional(),
});

/** The bytes a read came from. */
const sourceSchema = z.strictObject({
  /** The address the bytes were read from, after the discovery document and any redirects. */
  url: httpUrl,
  /** The HTTP status it answered with. */
  status: z.int().min(100).max(599),
  contentType: z.string().optional(),
  /** SHA-256 of the bytes, hex. */
  sha256: z.string().regex(/^[0-9a-f]{64}$/, { error: written }),
  bytes: z.int().min(0),
  /** How the list was found: the vendor's discovery document (/.well-known/subprocessors.json) or the address itself. */
  via: z.enum(['discovery', 'address']),
  /** The format read: csv, xlsx, html, markdown, json, yaml, docx, pdf. */
  format: z.string().min(1),
});

export const watchSnapshotSchema = z.strictObject({
  /** The address the processor's file gives (subprocessorListUrl). */
  url: httpUrl,
  /** When it was last tried. */
  checkedAt: instant,
  /** Why the last try could not read the list (the HTTP status, a timeout, a size cap); absent when it read it. */
  gap: z.string().min(1).optional(),
  /** When the list was last read, and from what; absent until one read succeeded. */
  readAt: instant.optional(),
  source: sourceSchema.optional(),
  /** The entries of the last successful read, sorted by name. */
  entries: z.array(watchedEntrySchema).default([]),
  /** The recipient of ours whose list this is (the file name gives it too). */
  processor: entryId,
});

export type WatchSnapshot = z.output<typeof watchSnapshotSchema>;
export type WatchedEntry = z.output<typeof watchedEntrySchema>;
