/**
 * /.well-known/subprocessors.json: where a tool that knows only a company's domain finds its list
 * of processors, in every format and language with its SHA-256, its JSON Schema, the change feeds
 * and calendars, the releases and the head of their hash chain, and the notice policy (in the way
 * CSAF publishes provider-metadata.json). Its own JSON Schema is generated from this file.
 */
import { z } from 'astro/zod';

const sha256 = z
  .string()
  .regex(/^[0-9a-f]{64}$/)
  .describe('SHA-256 of the file, hex.');
const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const file = z.object({
  url: z.string().describe('Absolute URL of the file.'),
  type: z.string().describe('Its Content-Type.'),
  sha256,
});

export const discoverySchema = z
  .object({
    $schema: z.string().optional(),
    version: z.literal(1).describe('The version of this document format.'),
    publisher: z.object({
      legalName: z.string(),
      tradeName: z.string(),
      siteUrl: z.string().describe('The trust center: every URL below starts with it.'),
      privacyContact: z.string(),
    }),
    asOf: date.describe('The day the list shows.'),
    lawTableVersion: date
      .optional()
      .describe(
        'The version of the law tables the transfers were checked against: the day they were last checked as a whole.',
      ),
    languages: z.object({ default: z.string(), all: z.array(z.string()) }),
    notice: z
      .object({
        noticePeriodDays: z
          .union([z.int(), z.literal('none'), z.literal('not-stated')])
          .describe(
            'Days between announcing a new sub-processor and its effect: a number, none (no minimum promised), or not-stated.',
          ),
        objectionWindowDays: z
          .int()
          .optional()
          .describe(
            'Days customers have to object after an announcement; absent where neither it nor a notice period is set (the deadline is then the effective date).',
          ),
        objectionAddress: z.string().describe('Where objections go.'),
      })
      .describe(
        'The notice policy (GDPR Art. 28(2); for Swiss data FADP Art. 9(3) and DPO Art. 7): announced changes of sub-processors.',
      ),
    lists: z
      .array(
        file.extend({
          language: z.string(),
          format: z.enum(['csv', 'activities', 'xlsx', 'json', 'jsonld']),
        }),
      )
      .describe('The list as of asOf, in every format and language.'),
    schema: file.describe('The JSON Schema of the JSON list.'),
    changes: z
      .array(
        file.extend({
          language: z.string(),
          product: z.string().optional().describe('A product id; absent for all products.'),
          format: z.enum(['rss', 'atom', 'json', 'ics']),
        }),
      )
      .describe('The change log as feeds and calendars.'),
    releases: z
      .object({
        head: sha256
          .nullable()
          .describe('The sha256 of the newest release: the head of the chain.'),
        items: z.array(
          z.object({
            date,
            sha256: sha256.describe(
              'The release hash: canonical JSON (RFC 8785) of date, previous and list.',
            ),
            previous: sha256.nullable(),
            record: file.describe('release.json, which holds the list and the hashes.'),
            timestamp: file
              .extend({
                time: z
                  .string()
                  .describe('The time the authority signed, as its token says (ISO 8601, UTC).'),
              })
              .optional()
              .describe(
                "An RFC 3161 time-stamp token over the release hash, where the publisher asked an authority for one: proof that the release existed at that time. Check it with the authority's certificate (npm run verify -- --tsa-cert, or openssl ts -verify).",
              ),
            files: z.array(
              file.extend({ format: z.enum(['csv', 'activities', 'xlsx', 'json', 'jsonld']) }),
            ),
          }),
        ),
      })
      .describe('The list as frozen on dates, each chained to the one before by its hash.'),
    checksums: z.string().describe('SHA256SUMS of every download, for sha256sum -c.'),
  })
  .describe(
    'Where the processors and sub-processors of a company are published, and how to check them.',
  );

export type Discovery = z.infer<typeof discoverySchema>;
