/**
 * The published, machine-readable list (subprocessors.json) and each frozen release. Its JSON
 * Schema, published under /schema/, is generated from this file.
 */
import { z } from 'astro/zod';
import { REGIONS } from '../core/locations';
import { REGIMES } from '../core/regimes';
import { TIA_OUTCOMES } from '../core/review';
import { ROLES } from '../core/roles';

const date = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .describe('A calendar date, YYYY-MM-DD.');
const country = z
  .string()
  .regex(/^[A-Z]{2}$/)
  .describe('ISO 3166-1 alpha-2 country code.');
const location = z
  .string()
  .regex(/^([A-Z]{2}|[A-Z]{3,}|eu|eea|europe|worldwide)$/)
  .describe(
    'Where: an ISO 3166-1 alpha-2 country code; an international organisation by the code of the law tables, three or more capitals (EPO: the European Patent Organisation); or a region where that is all the list says: eu, eea, europe or worldwide.',
  );
const decision = z
  .object({
    regime: z.enum(REGIMES).describe('The law whose decision or approval it is.'),
    id: z
      .string()
      .describe(
        'The entry of the law tables (src/law/ of processor-registry: each decision with its instrument, dates and source).',
      ),
    citation: z.string().describe('How it is cited, in the list’s language.'),
    url: z.string().describe('Its official text.'),
    scope: z
      .string()
      .optional()
      .describe('What it covers, where that is not every recipient there.'),
    until: date.optional().describe('Its last day, where it has one.'),
    requires: z
      .string()
      .optional()
      .describe('The scheme (a mechanism code) a recipient must have joined for it to be covered.'),
    relied: z
      .boolean()
      .optional()
      .describe(
        'Where it requires a scheme: whether this transfer relies on the recipient’s membership.',
      ),
    schemeNote: z.string().optional(),
    challenges: z
      .array(
        z.object({
          case: z.string(),
          name: z.string(),
          court: z.string(),
          lodged: date.optional(),
          status: z.string(),
          text: z.string(),
        }),
      )
      .describe('Cases against it before a court on asOf.'),
  })
  .describe('An adequacy decision or approval in force for the destination on asOf.');
const term = z
  .object({
    code: z.string().describe('The code used in the content files.'),
    label: z.string().describe('English label.'),
    iri: z.string().optional().describe('W3C Data Privacy Vocabulary IRI, where one exists.'),
  })
  .describe('A term from a vocabulary.');
const notDisclosed = z
  .object({
    notDisclosed: z.literal(true),
    note: z.string().optional().describe('What was asked of the vendor, and when.'),
  })
  .describe('A fact the vendor has not disclosed. Nothing is to be inferred from it.');
const notStated = z
  .object({
    notStated: z.literal(true),
    note: z.string().optional().describe('Why the list does not say.'),
  })
  .describe('A fact the publisher’s own list does not state. Nothing is to be inferred from it.');
/** A fact that is given, or a record of who did not give it. */
const orGap = <T extends z.ZodType>(schema: T) => z.union([schema, notStated, notDisclosed]);
const agreement = z.object({
  title: z.string(),
  url: z.string().optional(),
  signedOn: date.optional(),
});

export const exportProcessorSchema = z
  .object({
    id: z.string().describe('Stable identifier: the file name of the processor.'),
    name: z.string(),
    legalEntity: z
      .union([z.object({ name: z.string(), country: orGap(country) }), notStated, notDisclosed])
      .optional()
      .describe('The legal entity; absent for a recipient-category, which names no entity.'),
    parent: z.string().optional(),
    website: z.string().optional(),
    role: z
      .enum(ROLES)
      .describe(
        'sub-processor: processes the customers’ data for the publisher; processor: data the publisher controls; independent-controller and joint-controller (GDPR Art. 26) decide purposes themselves; recipient-category: a kind of recipient, not a named one; not-stated: the publisher’s list does not say.',
      ),
    products: z.array(z.object({ id: z.string(), name: z.string() })),
    status: z
      .enum(['upcoming', 'active', 'removed', 'withdrawn'])
      .describe(
        'upcoming: announced, not yet in effect; removed and withdrawn only in `former`: no longer on the list, or announced and called off.',
      ),
    announced: date
      .optional()
      .describe('When the addition was announced, if the change log records it.'),
    effective: date
      .optional()
      .describe('When it took or takes effect, if the change log records it.'),
    activities: z.array(
      z.object({
        purpose: orGap(term),
        description: z.string().optional(),
        dataCategories: orGap(
          z.array(
            term.extend({
              special: z
                .boolean()
                .describe('Special-category (Art. 9) or criminal (Art. 10) data.'),
            }),
          ),
        ),
        dataSubjects: orGap(z.array(term)),
        retention: z.object({
          text: z.string().describe('The period in words.'),
          period: z.string().optional().describe('ISO 8601 duration.'),
          upTo: z.string().optional().describe('ISO 8601 duration: an upper bound.'),
          after: z.string().optional().describe('The event the period counts from.'),
          basis: z.string().optional(),
          note: z.string().optional(),
          specified: z.boolean().describe('false: the list does not give it (see gap).'),
          gap: z
            .enum(['not-stated', 'not-disclosed'])
            .optional()
            .describe(
              'Where it is not given: not-stated by the publisher’s list, or not-disclosed by the vendor.',
            ),
        }),
        processing: orGap(z.array(location)),
        storage: orGap(z.array(location)),
        legalBasis: term
          .optional()
          .describe('The lawful basis (GDPR Art. 6(1)) where the publisher is the controller.'),
        conditional: z.string().optional(),
        specialCategoryCondition: z
          .string()
          .optional()
          .describe('The GDPR Art. 9(2) condition for special-category data.'),
      }),
    ),
    transfers: z.array(
      z.object({
        country: location,
        region: z
          .enum(REGIONS)
          .describe(
            'This recipient’s transfer under the publisher’s first regime: adequate (covered by an adequacy decision or approval: under the EU GDPR, for the US only a recipient relying on its Data Privacy Framework certification), third-country (a third country, with a safeguard of that law), safeguard-not-stated (the list does not state one), no-safeguard (a derogation at most). A property of the transfer, not of the country.',
          ),
        certifiedOnly: z
          .object({ certified: z.boolean(), decision: z.string() })
          .optional()
          .describe(
            'The country’s EU adequacy decision covers certified organisations only: whether this recipient relies on its certification. Kept for earlier readers; decisions says the same for every regime.',
          ),
        decisions: z
          .array(decision)
          .optional()
          .describe(
            'The decisions or approvals of the publisher’s regimes in force for the destination.',
          ),
        mechanisms: orGap(z.array(term)),
        sccModule: z.union([z.number().int().min(1).max(4), notStated]).optional(),
        dpfVerifiedOn: date.optional(),
        justification: z.string().optional(),
        note: z.string().optional(),
      }),
    ),
    certifications: z.array(term),
    dpa: agreement.optional(),
    arrangement: agreement.optional().describe('A joint controller’s arrangement (GDPR Art. 26).'),
    subprocessorListUrl: orGap(z.string()).optional(),
    chain: z
      .object({
        checkedOn: date.describe(
          'The day the publisher last checked the vendor’s sub-processor list.',
        ),
        links: z.array(
          z.object({
            name: z.string(),
            processor: z
              .string()
              .optional()
              .describe('The id of the recipient in this list it is, if it is one.'),
            legalEntity: z.string().optional(),
            countries: z.array(
              z.object({
                country: location,
                region: z
                  .enum(REGIONS)
                  .optional()
                  .describe(
                    'eea, or adequate for a country whose adequacy decision covers every recipient there; absent elsewhere: the vendor’s onward transfer rests on its own safeguards with that party, which the list does not record.',
                  ),
              }),
            ),
            purpose: z.string().optional(),
          }),
        ),
      })
      .optional()
      .describe('The vendor’s own sub-processors that receive our data: the fourth parties.'),
    securityUrl: z
      .string()
      .optional()
      .describe('The vendor’s page on its security measures or its trust center.'),
    transferImpactAssessment: z
      .object({
        assessedOn: date,
        outcome: z
          .object({ code: z.enum(TIA_OUTCOMES), label: z.string() })
          .describe(
            'no-supplementary-measures: the safeguard suffices; supplementary-measures: it does with the measures in the note; not-essentially-equivalent: it does not.',
          ),
        note: z.string().optional(),
        url: z.string().optional(),
      })
      .optional()
      .describe(
        'The publisher’s transfer impact assessment of this recipient’s transfers outside the EEA (EDPB Recommendations 01/2020).',
      ),
    lastReviewed: date
      .optional()
      .describe('The day the publisher last checked this entry against the vendor’s terms.'),
    otherFacts: z
      .array(
        z.object({
          kind: z.enum(['column', 'section', 'footnote']),
          label: z.string().optional(),
          text: z.string(),
        }),
      )
      .optional()
      .describe(
        'Facts of the publisher’s list that no field holds, as the list words them: a column (label: its header), the section the recipient was listed under, or a footnote (label: its marker).',
      ),
  })
  .describe('One processor on the list.');

export const exportChangeSchema = z.object({
  id: z.string(),
  type: z
    .enum(['listed', 'added', 'removed', 'replaced', 'changed'])
    .describe('listed: on the list when the change log began, with no notice period.'),
  state: z.enum(['upcoming', 'in-effect', 'withdrawn']),
  processors: z.array(z.string()),
  replaces: z.array(z.string()),
  products: z.array(z.string()),
  announced: date,
  effective: date,
  objectionDeadline: date.optional().describe('Absent where customers have no right to object.'),
  notifiedOn: date
    .optional()
    .describe(
      'The day the e-mail notice of the change reached every subscriber, if it was e-mailed.',
    ),
  noObjection: z
    .enum(['listed', 'role'])
    .optional()
    .describe(
      'Why there is no objection period: listed (the list as the log began) or role (the change concerns no sub-processor).',
    ),
  summary: z.string(),
  reason: z.string().optional(),
  emergency: z
    .object({ justification: z.string() })
    .optional()
    .describe('A change that could not wait for the full notice period, and why.'),
  withdrawn: z
    .object({ on: date, reason: z.string() })
    .optional()
    .describe('A change called off after it was announced: when, and why.'),
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
      address: z
        .object({
          street: orGap(z.string()),
          postalCode: orGap(z.string()),
          city: orGap(z.string()),
          country: orGap(country),
        })
        .optional()
        .describe('The registered address, each part given or not stated.'),
      phone: z.string().optional(),
      dpo: z
        .object({ email: z.string().optional(), name: orGap(z.string()).optional() })
        .optional(),
      noticePeriodDays: z
        .union([z.number().int().min(0), z.literal('none'), notStated])
        .optional()
        .describe(
          'The least days between announcing a new sub-processor and its effect: a number, none (no minimum promised), or not stated.',
        ),
      representatives: z
        .array(
          z.object({
            for: z.enum(['eu', 'uk']),
            name: z.string(),
            email: z.string().optional(),
            address: z.string().optional(),
          }),
        )
        .optional()
        .describe('Representatives under GDPR Art. 27 or UK GDPR Art. 27.'),
      certifications: z.array(term).optional(),
      regimes: z
        .array(z.enum(REGIMES))
        .optional()
        .describe('The data protection laws every transfer is checked against.'),
    }),
    language: z
      .string()
      .regex(/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/)
      .optional()
      .describe('The language of the texts and labels (BCP 47), e.g. en or nl.'),
    asOf: date.describe('The day the list shows.'),
    lawTableVersion: date
      .optional()
      .describe(
        'The version of the law tables the transfers were checked against: the day they were last checked as a whole (src/law/version.json of processor-registry). Absent from lists published before it was recorded.',
      ),
    processors: z.array(exportProcessorSchema).describe('The list on asOf: active and upcoming.'),
    former: z
      .array(exportProcessorSchema)
      .optional()
      .describe(
        'Recipients the change log names that are no longer on the list (removed) or never were (withdrawn), with the facts they had, so every id of the log resolves.',
      ),
    changes: z.array(exportChangeSchema).describe('The change log up to asOf, newest first.'),
  })
  .describe('The processors and sub-processors of a company, as published by its trust center.');

export type ExportDocument = z.infer<typeof exportDocumentSchema>;
export type ExportProcessor = z.infer<typeof exportProcessorSchema>;
