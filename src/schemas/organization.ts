/** The publisher of the trust center: content/organization.yaml. */
import { z } from 'astro/zod';
import { LOCALES } from '../i18n';
import { publicKeyProblem } from '../core/signature';
import { REGIMES } from '../core/regimes';
import {
  countryCode,
  email,
  httpUrl,
  isoDate,
  name,
  notStated,
  oneOf,
  stateable,
  text,
  vocabularyCode,
} from './common';

/** The version of the content's schema this code reads; older content is brought forward by migrate. */
export const SCHEMA_VERSION = 2;

export const organizationSchema = z
  .strictObject({
    /**
     * The version of the schema the content is written for: written by init and migrate. Content
     * without one predates versions (version 1).
     */
    schemaVersion: z
      .int({ error: 'write the schema version as a whole number, e.g. 2' })
      .min(1)
      .default(1),
    /** Registered legal name, e.g. "Klimaatmeter B.V.". */
    legalName: name,
    /** Name customers know the company by. */
    tradeName: name,
    /** Registered address; a part our list does not state is not-stated. */
    address: z.strictObject({
      street: stateable(text, 'the street and number'),
      postalCode: stateable(text, 'the postal code'),
      city: stateable(text, 'the city'),
      /** The country the publisher is established in: it decides where its own data is. */
      country: countryCode,
    }),
    /** Chamber of commerce (KvK) or company register number. */
    registrationNumber: text.optional(),
    /** Where privacy questions go. */
    privacyContact: email,
    /** A phone number for privacy questions, as customers should dial it, e.g. +31 20 123 4567. */
    phone: text.optional(),
    /**
     * The data protection officer, if one is appointed: a role mailbox (dpo@…) is enough, and
     * keeps the page true when the person changes; a name is optional.
     */
    dpo: z
      .strictObject({
        email: email.optional(),
        /** The officer's name, or not-stated where the list names the office only. */
        name: stateable(text, "the officer's name").optional(),
      })
      .refine((dpo) => dpo.email !== undefined || dpo.name !== undefined, {
        error: 'give the DPO an email (a role mailbox such as dpo@… is enough), a name, or both',
      })
      .optional(),
    /** Representatives in the EU or the UK, for a publisher established outside it (GDPR Art. 27). */
    representatives: z
      .array(
        z.strictObject({
          /** The regime it represents the publisher in: eu or uk. */
          for: oneOf(['eu', 'uk'], 'regime (eu or uk)'),
          name,
          email: email.optional(),
          address: text.optional(),
        }),
      )
      .default([]),
    /** The publisher's own certifications, e.g. dpf for data it receives under the Data Privacy Framework. */
    certifications: z.array(vocabularyCode).default([]),
    /**
     * The data protection laws whose data the publisher's recipients receive: eu (GDPR), uk
     * (UK GDPR), ch (Swiss FADP). Every transfer needs a mechanism for each.
     */
    regimes: z.array(oneOf(REGIMES, 'data protection regime')).min(1).default(['eu']),
    /** The public URL the trust center is deployed at; used for feeds, sitemap and canonical links. */
    siteUrl: httpUrl,
    /**
     * Days between announcing a new sub-processor and its effect (GDPR Art. 28(2)): a number;
     * none where no minimum is promised; not-stated (or left out) where our terms do not say.
     */
    noticePeriodDays: z
      .union([z.int().min(0), z.literal('none'), notStated], {
        error:
          'write a whole number of days, e.g. 30; none where you promise no minimum; or not-stated',
      })
      .default('not-stated'),
    /** Days customers have to object after an announcement; the notice period when left out. */
    objectionWindowDays: z
      .int({ error: 'write a whole number of days, e.g. 14' })
      .min(1)
      .optional(),
    /** Where customers send an objection to a change. */
    objectionAddress: email,
    /** The language of the pages at the root of the site, and of text given without a language. */
    defaultLocale: oneOf(LOCALES, 'supported language').default('en'),
    /** Languages the site is published in; each other than the default gets its own /<code>/ pages. */
    locales: z.array(oneOf(LOCALES, 'supported language')).min(1).default(['en']),
    /**
     * Content rules lowered to a warning or switched off, ESLint style, each with the reason that
     * is printed beside every finding it silences. Rules that protect customers cannot be lowered.
     */
    rules: z
      .record(
        z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, {
          error: 'write a rule id, e.g. processor-without-change',
        }),
        z.strictObject({
          level: oneOf(['error', 'warning', 'off'], 'rule level'),
          reason: text,
        }),
        { error: 'write rules: { <rule id>: { level: warning, reason: why } }' },
      )
      .optional(),
    /**
     * Releases are signed (npm run release -- --sign key.pem) and the build checks every release
     * from `from` on against this Ed25519 public key (PEM), so a rewritten history is caught.
     */
    releaseSigning: z
      .strictObject({
        publicKey: z
          .string({ error: 'paste the PEM public key: -----BEGIN PUBLIC KEY----- …' })
          .superRefine((pem, ctx) => {
            const problem = publicKeyProblem(pem.trim());
            if (problem)
              ctx.addIssue({
                code: 'custom',
                message: `${problem}: make a key pair with openssl genpkey -algorithm ed25519 -out release-key.pem, then paste the output of openssl pkey -in release-key.pem -pubout here`,
              });
          }),
        /** Releases made before this day predate the key and are not checked. */
        from: isoDate,
      })
      .optional(),
    /**
     * E-mail notices (npm run notify): changes announced on or after `from` are e-mailed to the
     * subscribers; earlier ones were announced before e-mail notices began.
     */
    emailNotices: z.strictObject({ from: isoDate }).optional(),
    /** Marks the content as example data, shown on every page. */
    exampleData: z.boolean().default(false),
  })
  .superRefine((org, ctx) => {
    if (org.schemaVersion !== SCHEMA_VERSION)
      ctx.addIssue({
        code: 'custom',
        path: ['schemaVersion'],
        params: { rule: 'schema-version' },
        message:
          org.schemaVersion < SCHEMA_VERSION
            ? `the content is written for schema ${org.schemaVersion}, and this version reads ${SCHEMA_VERSION}: run npm run migrate, which rewrites it and shows what it changed`
            : `the content is written for schema ${org.schemaVersion}, newer than this version's ${SCHEMA_VERSION}: update processor-registry`,
      });
    if (!org.locales.includes(org.defaultLocale)) {
      ctx.addIssue({
        code: 'custom',
        path: ['locales'],
        params: { rule: 'default-locale-not-listed' },
        message: `list the default language too: locales: [${[org.defaultLocale, ...org.locales].join(', ')}]`,
      });
    }
    if (new Set(org.locales).size !== org.locales.length) {
      ctx.addIssue({
        code: 'custom',
        path: ['locales'],
        params: { rule: 'locale-listed-twice' },
        message: 'list each language once',
      });
    }
  });

export type Organization = z.infer<typeof organizationSchema>;
