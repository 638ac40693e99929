/**
 * The published, machine-readable list (subprocessors.json) and each frozen release. Its JSON
 * Schema, published under /schema/, is generated from this file.
 */
import { z } from 'astro/zod';

const date = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .describe('A calendar date, YYYY-MM-DD.');
const country = z
  .string()
  .regex(/^[A-Z]{2}$/)
  .describe('ISO 3166-1 alpha-2 country code.');
const term = z
  .object({
    code: z.string().describe('The code used in the content files.'),
    label: z.string().describe('English label.'),
    iri: z.string().optional().describe('W3C Data Privacy Vocabulary IRI, where one exists.'),
  })
  .describe('A term from a vocabulary.');

export const exportProcessorSchema = z
  .object({
    id: z.string().describe('Stable identifier: the file name of the processor.'),
    name: z.string(),
    legalEntity: z.object({ name: z.string(), country }),
    parent: z.string().optional(),
    website: z.string().optional(),
    role: z.enum(['sub-processor', 'processor']),
    products: z.array(z.object({ id: z.string(), name: z.string() })),
    status: z.enum(['upcoming', 'active']).describe('upcoming: announced, not yet in effect.'),
    announced: date
      .optional()
      .describe('When the addition was announced, if the change log records it.'),
    effective: date
      .optional()
      .describe('When it took or takes effect, if the change log records it.'),
    activities: z.array(
      z.object({
        purpose: term,
        description: z.string(),
        dataCategories: z.array(
          term.extend({
            special: z.boolean().describe('Special-category (Art. 9) or criminal (Art. 10) data.'),
          }),
        ),
        dataSubjects: z.array(term),
        retention: z.object({
          text: z.string().describe('The period in words.'),
          period: z.string().optional().describe('ISO 8601 duration.'),
          upTo: z.string().optional().describe('ISO 8601 duration: an upper bound.'),
          after: z.string().optional().describe('The event the period counts from.'),
          basis: z.string().optional(),
          note: z.string().optional(),
          specified: z.boolean(),
        }),
        processing: z.array(country),
        storage: z.array(country),
        conditional: z.string().optional(),
        specialCategoryCondition: z
          .string()
          .optional()
          .describe('The GDPR Art. 9(2) condition for special-category data.'),
      }),
    ),
    transfers: z.array(
      z.object({
        country,
        region: z.enum(['eea', 'adequate', 'third-country']),
        mechanisms: z.array(term),
        sccModule: z.number().int().min(1).max(4).optional(),
        dpfVerifiedOn: date.optional(),
        justification: z.string().optional(),
        note: z.string().optional(),
      }),
    ),
    certifications: z.array(term),
    dpa: z
      .object({ title: z.string(), url: z.string().optional(), signedOn: date.optional() })
      .optional(),
    subprocessorListUrl: z.string().optional(),
  })
  .describe('One processor on the list.');

export const exportChangeSchema = z.object({
  id: z.string(),
  type: z.enum(['added', 'removed', 'replaced', 'changed']),
  state: z.enum(['upcoming', 'in-effect', 'withdrawn']),
  processors: z.array(z.string()),
  replaces: z.array(z.string()),
  products: z.array(z.string()),
  announced: date,
  effective: date,
  objectionDeadline: date,
  summary: z.string(),
});

export const exportDocumentSchema = z
  .object({
    $schema: z.string().optional(),
    publisher: z.object({
      legalName: z.string(),
      tradeName: z.string(),
      siteUrl: z.string(),
      privacyContact: z.string(),
      objectionAddress: z.string(),
    }),
    language: z
      .string()
      .regex(/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/)
      .optional()
      .describe('The language of the texts and labels (BCP 47), e.g. en or nl.'),
    asOf: date.describe('The day the list shows.'),
    processors: z.array(exportProcessorSchema),
    changes: z.array(exportChangeSchema).describe('The change log up to asOf, newest first.'),
  })
  .describe('The processors and sub-processors of a company, as published by its trust center.');

export type ExportDocument = z.infer<typeof exportDocumentSchema>;
export type ExportProcessor = z.infer<typeof exportProcessorSchema>;
