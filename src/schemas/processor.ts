/** One processor (vendor) and everything it does with personal data: content/processors/. */
import { z } from 'astro/zod';
import {
  countryCode,
  entryId,
  httpUrl,
  isoDate,
  nonEmpty,
  oneOf,
  localText,
  name,
  text,
  vocabularyCode,
} from './common';
import { retentionSchema } from './retention';

export const ROLES = ['sub-processor', 'processor'] as const;

export const activitySchema = z.strictObject({
  /** Why the data is processed: a code from the purposes vocabulary. */
  purpose: vocabularyCode,
  /** What the vendor does, in one or two sentences. */
  description: localText,
  /** What personal data: codes from the dataCategories vocabulary. */
  dataCategories: nonEmpty(vocabularyCode, 'data category code'),
  /** Whose personal data: codes from the dataSubjects vocabulary. */
  dataSubjects: nonEmpty(vocabularyCode, 'data subject code'),
  /** How long the vendor keeps it. */
  retention: retentionSchema,
  /** Countries where the data is processed (accessed, computed on). */
  processing: nonEmpty(countryCode, 'country code'),
  /** Countries where the data is stored; defaults to the processing countries. */
  storage: z.array(countryCode).optional(),
  /** Only shared when a user turns the feature on. */
  conditional: localText.optional(),
  /** For special-category data (GDPR Art. 9): the Art. 9(2) condition that allows it. */
  specialCategoryCondition: localText.optional(),
});

export const transferSchema = z
  .strictObject({
    /** The recipient country outside the EEA. */
    country: countryCode,
    /** Transfer mechanisms relied on, strongest first: codes from the transferMechanisms vocabulary. */
    mechanisms: nonEmpty(vocabularyCode, 'transfer mechanism code'),
    /** SCC module (1 controller-controller, 2 controller-processor, 3 processor-processor, 4 processor-controller). */
    sccModule: z
      .union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)], {
        error: 'write the SCC module as a number from 1 to 4',
      })
      .optional(),
    /** The date someone last checked the recipient's entry on the Data Privacy Framework list. */
    dpfVerifiedOn: isoDate.optional(),
    /** Why a transfer relies on an Art. 49 derogation. */
    justification: localText.optional(),
    /** Anything a reviewer should know, e.g. "remote support access only". */
    note: localText.optional(),
  })
  .refine((t) => !t.mechanisms.includes('scc') || t.sccModule !== undefined, {
    params: { rule: 'scc-without-module' },
    error: 'transfers under scc need sccModule: 3 for a sub-processor of ours, 2 for a processor',
    path: ['sccModule'],
  })
  .refine((t) => !t.mechanisms.includes('dpf') || t.dpfVerifiedOn !== undefined, {
    params: { rule: 'dpf-without-date' },
    error:
      'transfers under dpf need dpfVerifiedOn: the date you checked the Data Privacy Framework list',
    path: ['dpfVerifiedOn'],
  });

export const processorSchema = z.strictObject({
  /** The service name customers recognise, e.g. "Amazon S3". */
  name,
  /** The legal entity we contract with. */
  legalEntity: z.strictObject({ name, country: countryCode }),
  /** The group the entity belongs to, if any. */
  parent: name.optional(),
  /** The vendor's website. */
  website: httpUrl.optional(),
  /** sub-processor: processes our customers' data for us; processor: data we control ourselves. */
  role: oneOf(ROLES, 'role'),
  /** Products it serves: file names in content/products/. */
  products: nonEmpty(entryId, 'product id'),
  /** What it does with which data; one vendor often does several things. */
  activities: nonEmpty(activitySchema, 'activity', 'activities'),
  /** One entry per recipient country outside the EEA. */
  transfers: z.array(transferSchema).default([]),
  /** Certifications the vendor holds: codes from the certifications vocabulary. */
  certifications: z.array(vocabularyCode).default([]),
  /** The data processing agreement we signed. */
  dpa: z
    .strictObject({ title: text, url: httpUrl.optional(), signedOn: isoDate.optional() })
    .optional(),
  /** The vendor's own list of sub-processors (the chain). */
  subprocessorListUrl: httpUrl.optional(),
});

export type ProcessorData = z.infer<typeof processorSchema>;
export type Activity = z.infer<typeof activitySchema>;
export type Transfer = z.infer<typeof transferSchema>;
