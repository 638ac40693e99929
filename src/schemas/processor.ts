/** One processor (vendor) and everything it does with personal data: content/processors/. */
import { z } from 'astro/zod';
import {
  countryCode,
  entryId,
  httpUrl,
  isoDate,
  location,
  nonEmpty,
  oneOf,
  localText,
  name,
  stateable,
  text,
  unknowable,
  vocabularyCode,
} from './common';
import { gapOf } from '../core/disclosure';
import { LEGAL_BASES, ROLES } from '../core/roles';
import { TIA_OUTCOMES } from '../core/review';
import { retentionSchema } from './retention';

export { LEGAL_BASES, ROLES };

export const activitySchema = z.strictObject({
  /** Why the data is processed: a code from the purposes vocabulary, or not-stated. */
  purpose: stateable(vocabularyCode, 'a purpose code such as hosting'),
  /** What the vendor does, in one or two sentences, as far as the list says. */
  description: localText.optional(),
  /** What personal data: codes from the dataCategories vocabulary, or not-stated. */
  dataCategories: stateable(
    nonEmpty(vocabularyCode, 'data category code'),
    'a list of data category codes, e.g. [email-address]',
  ),
  /** Whose personal data: codes from the dataSubjects vocabulary, or not-stated. */
  dataSubjects: stateable(
    nonEmpty(vocabularyCode, 'data subject code'),
    'a list of data subject codes, e.g. [users]',
  ),
  /** How long the vendor keeps it. */
  retention: retentionSchema,
  /** Where the data is processed (accessed, computed on): countries, or a region such as worldwide. */
  processing: unknowable(
    nonEmpty(location, 'country code or region'),
    'a list of country codes, e.g. [NL, US], or a region such as [worldwide]',
  ),
  /**
   * Where the data is stored: countries or a region. Left out, our list does not state it: it is
   * never taken from the processing countries.
   */
  storage: unknowable(
    nonEmpty(location, 'country code or region'),
    'a list of country codes, e.g. [IE]',
  ).optional(),
  /**
   * The lawful basis (GDPR Art. 6(1)) where we are the controller: for a processor, an
   * independent or a joint controller. A sub-processor works for our customers, who choose it.
   */
  legalBasis: oneOf(LEGAL_BASES, 'lawful basis').optional(),
  /** Only shared when a user turns the feature on. */
  conditional: localText.optional(),
  /** For special-category data (GDPR Art. 9): the Art. 9(2) condition that allows it. */
  specialCategoryCondition: localText.optional(),
});

/** Whether a transfer's mechanisms, where stated, include one. */
const hasMechanism = (mechanisms: unknown, code: string): boolean =>
  Array.isArray(mechanisms) && mechanisms.includes(code);

export const transferSchema = z
  .strictObject({
    /** The recipient country outside the EEA, or a region (worldwide, europe) where the list names one. */
    country: location,
    /**
     * Transfer mechanisms relied on, strongest first: codes from the transferMechanisms
     * vocabulary; not-stated where our list names none, not-disclosed where the vendor does not say.
     */
    mechanisms: unknowable(
      nonEmpty(vocabularyCode, 'transfer mechanism code'),
      'a list of mechanism codes, e.g. [scc]',
    ),
    /** SCC module (1 controller-controller, 2 controller-processor, 3 processor-processor, 4 processor-controller), or not-stated. */
    sccModule: z
      .union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal('not-stated')], {
        error: 'write the SCC module as a number from 1 to 4, or not-stated',
      })
      .optional(),
    /** The date someone last checked the recipient's entry on the Data Privacy Framework list. */
    dpfVerifiedOn: isoDate.optional(),
    /**
     * The importer's processing is itself subject to the GDPR (Art. 3(2)): the 2021 SCCs are not
     * designed for it (recital 7 of Decision 2021/914).
     */
    importerSubjectToGdpr: z.boolean({ error: 'write true or false' }).optional(),
    /** Why a transfer relies on an Art. 49 derogation. */
    justification: localText.optional(),
    /** Anything a reviewer should know, e.g. "remote support access only". */
    note: localText.optional(),
  })
  .refine((t) => !hasMechanism(t.mechanisms, 'scc') || t.sccModule !== undefined, {
    params: { rule: 'scc-without-module' },
    error: 'transfers under scc need sccModule: 3 for a sub-processor of ours, 2 for a processor',
    path: ['sccModule'],
  })
  .refine((t) => !hasMechanism(t.mechanisms, 'dpf') || t.dpfVerifiedOn !== undefined, {
    params: { rule: 'dpf-without-date' },
    error:
      'transfers under dpf need dpfVerifiedOn: the date you checked the Data Privacy Framework list',
    path: ['dpfVerifiedOn'],
  });

/** Who a recipient is: its legal name, and the country it is established in (or why it is not given). */
const legalEntitySchema = z.strictObject({
  name,
  country: unknowable(countryCode, 'a country code such as IE'),
});

/**
 * A fact of our list that no field holds, kept as the list words it: a column the importer could
 * not place, the section a recipient was listed under, or a footnote on it.
 */
const otherFactSchema = z.strictObject({
  /** column: a cell under `label`, its header; section: the heading it was listed under; footnote: a note marked `label`. */
  kind: oneOf(['column', 'section', 'footnote'], 'kind of fact (column, section or footnote)'),
  /** The column's header, or the footnote's marker. */
  label: text.optional(),
  /** The text, as the list gives it. */
  text: localText,
});

/** A transfer impact assessment: when it was made, what it found, where to read its summary. */
const transferImpactAssessmentSchema = z.strictObject({
  assessedOn: isoDate,
  outcome: oneOf(TIA_OUTCOMES, 'transfer impact assessment outcome'),
  /** The supplementary measures, or anything else a customer should know of the finding. */
  note: localText.optional(),
  url: httpUrl.optional(),
});

/**
 * One link of a vendor's own chain that touches our data: another recipient in this registry, or
 * an entry of the vendor's sub-processor list.
 */
const chainLinkSchema = z.union(
  [
    z.strictObject({
      /** A recipient in this registry, by its file name: "Postmark runs on Amazon S3". */
      processor: entryId,
      /** What it does for the vendor, where it is not what it does for us. */
      purpose: localText.optional(),
    }),
    z.strictObject({
      /** The sub-processor's name, as the vendor's list gives it. */
      name,
      /** Its legal entity, where the vendor's list names one. */
      legalEntity: name.optional(),
      /** The countries where it processes our data. */
      countries: nonEmpty(countryCode, 'country code'),
      /** What it does for the vendor. */
      purpose: localText,
    }),
  ],
  {
    error:
      'write { processor: <file name in content/processors/> } or { name: …, countries: [..], purpose: … }',
  },
);

/** The vendor's own sub-processors that touch our data (EDPB Opinion 22/2024), as its list gave them. */
const chainSchema = z.strictObject({
  /** The day you last checked the vendor's sub-processor list. */
  checkedOn: isoDate,
  /** Each of its sub-processors that handles our data. */
  links: nonEmpty(chainLinkSchema, 'chain link'),
});

/** A contract or arrangement: its title, where to read it, when it was signed. */
const agreementSchema = z.strictObject({
  title: text,
  url: httpUrl.optional(),
  signedOn: isoDate.optional(),
});

export const processorSchema = z
  .strictObject({
    /** The service name customers recognise, e.g. "Amazon S3"; for a recipient-category, the category, e.g. "Tax authorities". */
    name,
    /** The legal entity we contract with, or not-stated or not-disclosed; a recipient-category has none. */
    legalEntity: unknowable(legalEntitySchema, '{ name: …, country: … }').optional(),
    /** The group the entity belongs to, if any. */
    parent: name.optional(),
    /** The vendor's website. */
    website: httpUrl.optional(),
    /**
     * sub-processor: processes our customers' data for us; processor: processes data we control;
     * independent-controller: a third party deciding its own purposes; joint-controller: decides
     * the purposes with us (Art. 26); recipient-category: a kind of recipient, not a named one;
     * not-stated: our list does not say.
     */
    role: oneOf(ROLES, 'role'),
    /** Products it serves: file names in content/products/. */
    products: nonEmpty(entryId, 'product id'),
    /** What it does with which data; one vendor often does several things. */
    activities: nonEmpty(activitySchema, 'activity', 'activities'),
    /** One entry per recipient country outside the EEA. */
    transfers: z.array(transferSchema).default([]),
    /** Certifications the vendor holds: codes from the certifications vocabulary. */
    certifications: z.array(vocabularyCode).default([]),
    /** The data processing agreement we signed (GDPR Art. 28(3)): processors and sub-processors. */
    dpa: agreementSchema.optional(),
    /** A joint controller's arrangement with us (GDPR Art. 26). */
    arrangement: agreementSchema.optional(),
    /** The vendor's own list of sub-processors (the chain), or not-stated or not-disclosed. */
    subprocessorListUrl: unknowable(httpUrl, 'the https:// address of the list').optional(),
    /** The vendor's own sub-processors that touch our data, the fourth parties: the chain. */
    chain: chainSchema.optional(),
    /** The vendor's page on its security measures (its trust center, a security whitepaper). */
    securityUrl: httpUrl.optional(),
    /** Our transfer impact assessment of the vendor's transfers outside the EEA (Schrems II). */
    transferImpactAssessment: transferImpactAssessmentSchema.optional(),
    /** The day we last checked this entry against the vendor's terms; the lint asks again after a year. */
    lastReviewed: isoDate.optional(),
    /** Facts of our list no field holds, kept as the list words them (see otherFacts in the reference). */
    otherFacts: z.array(otherFactSchema).default([]),
  })
  .superRefine((p, ctx) => {
    if (p.role === 'recipient-category' && p.legalEntity !== undefined)
      ctx.addIssue({
        code: 'custom',
        path: ['legalEntity'],
        params: { rule: 'category-with-legal-entity' },
        message:
          'a recipient-category names a kind of recipient (e.g. tax authorities), not an entity: remove legalEntity, or give the recipient its role (processor, independent-controller, …)',
      });
    if (p.role !== 'recipient-category' && p.legalEntity === undefined)
      ctx.addIssue({
        code: 'custom',
        path: ['legalEntity'],
        params: { rule: 'legal-entity-missing' },
        message:
          "write legalEntity: { name: …, country: … }, the entity the vendor's terms name, or legalEntity: not-disclosed when they do not say",
      });
    if (p.role === 'recipient-category')
      for (const field of vendorGaps(p))
        ctx.addIssue({
          code: 'custom',
          path: field,
          params: { rule: 'not-disclosed-without-vendor' },
          message:
            'a category of recipients has no vendor to disclose anything: write not-stated where our list does not say',
        });
    if (p.role === 'sub-processor')
      p.activities.forEach((activity, a) => {
        if (activity.legalBasis === undefined) return;
        ctx.addIssue({
          code: 'custom',
          path: ['activities', a, 'legalBasis'],
          params: { rule: 'legal-basis-for-sub-processor' },
          message:
            "a sub-processor processes our customers' data, and our customers choose its lawful basis: remove legalBasis here",
        });
      });
  });

/** Where a processor's facts record that the vendor did not disclose them, as field paths. */
function vendorGaps(p: Record<string, unknown>): (string | number)[][] {
  const found: (string | number)[][] = [];
  const walk = (value: unknown, path: (string | number)[]) => {
    if (gapOf(value) === 'not-disclosed') found.push(path);
    else if (Array.isArray(value)) value.forEach((item, i) => walk(item, [...path, i]));
    else if (typeof value === 'object' && value !== null)
      for (const [key, item] of Object.entries(value)) walk(item, [...path, key]);
  };
  walk(p, []);
  return found;
}

export type ProcessorData = z.infer<typeof processorSchema>;
export type Activity = z.infer<typeof activitySchema>;
export type Transfer = z.infer<typeof transferSchema>;
export type ChainLink = z.infer<typeof chainLinkSchema>;
export type OtherFact = z.infer<typeof otherFactSchema>;
