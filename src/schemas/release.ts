/** A frozen release: content/releases/<date>.json, written by npm run release, never edited by hand. */
import { z } from 'astro/zod';
import { exportDocumentSchema } from './export';

export const releaseSchema = z.strictObject({
  /** The day the list was frozen. */
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, {
    error: 'release files are written by npm run release; restore this one from version control',
  }),
  /** The sha256 of the release before it, or null for the first. */
  previous: z
    .string()
    .regex(/^[0-9a-f]{64}$/)
    .nullable(),
  /** sha256 of the canonical JSON of date, previous and list. */
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  /** The list as published that day. */
  list: exportDocumentSchema,
  /** npm run release --sign: an Ed25519 signature (base64) of sha256, checked against organization.yaml's releaseSigning key. */
  signature: z
    .string()
    .regex(/^[A-Za-z0-9+/]+={0,2}$/, {
      error: 'release files are written by npm run release; restore this one from version control',
    })
    .optional(),
});

/** A release as recorded in its file. */
export type Release = z.infer<typeof releaseSchema>;

/** A release's RFC 3161 time-stamp (content/releases/<date>.tsr): the authority's response, and the time it gives. */
export interface ReleaseStamp {
  /** The time the authority signed, ISO 8601 UTC. */
  time: string;
  bytes: Uint8Array;
}

/** A release with what is kept beside it. */
export type RecordedRelease = Release & { timestamp?: ReleaseStamp | undefined };
