/** Small schemas shared by several collections, each with an error that says what to write. */
import { z } from 'astro/zod';
import { LOCALES, type Locale } from '../i18n';
import type { LocalText } from '../core/local-text';
import { checkCountryCode } from '../core/countries';
import { LOCATION_REGIONS, ORGANISATION_CODES, isOrganisation, isRegion } from '../core/locations';
import { didYouMean } from '../core/suggest';
import { isRealDate } from '../core/dates';
import { bidiControl, codePoint, controlCharacter, invisibleCharacter } from '../core/characters';

/** A calendar date, written `YYYY-MM-DD`; YAML may already have parsed it to a Date. */
export const isoDate = z
  .union([z.date(), z.string()], { error: 'write a date as YYYY-MM-DD, e.g. 2026-03-01' })
  .transform((value, ctx) => {
    const text = value instanceof Date ? value.toISOString().slice(0, 10) : value.trim();
    if (!isRealDate(text)) {
      ctx.addIssue({
        code: 'custom',
        message: `"${text}" is not a date: write YYYY-MM-DD, e.g. 2026-03-01`,
      });
      return z.NEVER;
    }
    return text;
  });

/** An ISO 3166-1 alpha-2 country code such as `NL` or `US`. */
export const countryCode = z
  .string({ error: 'write a country code such as NL or US' })
  .superRefine((code, ctx) => {
    const result = checkCountryCode(code);
    if (!result.ok)
      ctx.addIssue({
        code: 'custom',
        message: `"${code}" is not an ISO 3166-1 alpha-2 country code: ${result.hint}`,
      });
  });

/**
 * Where data is: a country code such as `IE`, an international organisation of the law tables
 * (`EPO`), or a region where that is all the list says: `eu`, `eea`, `europe` or `worldwide` (in
 * lower case).
 */
export const location = z
  .string({ error: 'write a country code such as NL or US, or a region such as worldwide' })
  .superRefine((code, ctx) => {
    if (isRegion(code) || isOrganisation(code)) return;
    const result = checkCountryCode(code);
    if (!result.ok)
      ctx.addIssue({
        code: 'custom',
        message: `"${code}" is not an ISO 3166-1 alpha-2 country code, an international organisation (${ORGANISATION_CODES.join(', ')}) or a region (${Object.keys(LOCATION_REGIONS).join(', ')}): ${result.hint}`,
      });
  });

/** A code from one of the vocabularies; whether it is known is checked once all content is loaded. */
export const vocabularyCode = z
  .string({ error: 'write a vocabulary code such as email-address' })
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, {
    error: 'write a code in lower-case words joined by hyphens, e.g. email-address',
  });

/** The id of another entry (its file name without extension). */
export const entryId = z
  .string({ error: 'write the file name of the entry without its extension, e.g. amazon-s3' })
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, {
    error: 'write an id in lower-case words joined by hyphens, e.g. amazon-s3',
  });

/** An absolute http(s) URL. */
export const httpUrl = z.url({
  protocol: /^https?$/,
  error: 'write a full URL starting with https://',
});

/** An e-mail address. */
export const email = z.email({ error: 'write an e-mail address such as privacy@example.com' });

/** Refuses control characters (and, in one line of text, line breaks), naming the character. */
function refuseControls(
  value: string,
  ctx: z.RefinementCtx,
  allowLines: boolean,
  path: PropertyKey[] = [],
) {
  const char = controlCharacter(value, allowLines);
  if (char === undefined) return;
  ctx.addIssue({
    code: 'custom',
    path,
    params: { rule: 'control-character' },
    message: `holds the control character ${codePoint(char)}${char === '\n' || char === '\r' ? ' (a line break)' : ''}, which feeds, calendars and spreadsheets cannot carry: delete it${allowLines ? '' : '; write the text on one line'}.`,
  });
}

/** A non-empty line of text, in Unicode NFC. */
export const text = z
  .string({ error: 'write some text here' })
  .trim()
  .min(1, { error: 'write some text here' })
  .superRefine((value, ctx) => refuseControls(value, ctx, false))
  .transform((value) => value.normalize('NFC'));

/** A name readers compare with others (a vendor, a legal entity, the publisher): text with no invisible characters. */
export const name = text.superRefine((value, ctx) => {
  const char = invisibleCharacter(value);
  if (char === undefined) return;
  ctx.addIssue({
    code: 'custom',
    params: { rule: 'invisible-character' },
    message: `holds the invisible character ${codePoint(char)} (a zero-width space or a direction override), which makes a name look like another or reorders the text around it: delete it.`,
  });
});

/**
 * Text readers see, in the site's default language, or per language: `{ en: "…", nl: "…" }`.
 * A language left out falls back to the default one, marked as untranslated on the page.
 */
export const localText = z.unknown().transform((value, ctx): LocalText => {
  const perLanguage = `{ ${LOCALES.map((code) => `${code}: …`).join(', ')} }`;
  /** A text as stored: trimmed, NFC, no control character but line breaks and tabs, no bidi override. */
  const clean = (text: string, path: PropertyKey[]): string => {
    refuseControls(text, ctx, true, path);
    const bidi = bidiControl(text);
    if (bidi !== undefined)
      ctx.addIssue({
        code: 'custom',
        path,
        params: { rule: 'invisible-character' },
        message: `holds the direction control ${codePoint(bidi)}, which reorders the text around it on the page: delete it.`,
      });
    return text.trim().normalize('NFC');
  };
  if (typeof value === 'string' && value.trim() !== '') return clean(value, []);
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    ctx.addIssue({
      code: 'custom',
      message: `write the text, or one text per language: ${perLanguage}`,
    });
    return z.NEVER;
  }
  const entries = Object.entries(value);
  if (entries.length === 0)
    ctx.addIssue({
      code: 'custom',
      message: `give the text in at least one language: ${perLanguage}`,
    });
  for (const [code, text] of entries) {
    if (!LOCALES.includes(code as Locale)) {
      ctx.addIssue({
        code: 'custom',
        path: [code],
        message: `"${code}" is not a language this site can show: write one text per language, ${perLanguage}, or add a dictionary for "${code}" (README, Adding a language)`,
      });
    } else if (typeof text !== 'string' || text.trim() === '') {
      ctx.addIssue({ code: 'custom', path: [code], message: 'write some text here' });
    }
  }
  return Object.fromEntries(entries.map(([code, text]) => [code, clean(String(text), [code])]));
});

/** A non-empty list, e.g. nonEmpty(countryCode, 'country code'). */
export const nonEmpty = <T extends z.ZodType>(item: T, one: string, many = `${one}s`) =>
  z
    .array(item, { error: `write a list of ${many}, e.g. [a, b]` })
    .min(1, { error: `list at least one ${one}` });

/** One of a fixed set of words; a wrong one gets the list and, for a typo, the likely word. */
export function oneOf<const T extends readonly [string, ...string[]]>(values: T, what: string) {
  return z.enum(values, {
    error: (issue) => {
      const given = typeof issue.input === 'string' ? issue.input : undefined;
      const guess = given === undefined ? undefined : didYouMean(given, values);
      const head = given === undefined ? `write the ${what}` : `"${given}" is not a ${what}`;
      return `${head}.${guess ? ` Did you mean "${guess}"?` : ''} Write one of: ${values.join(', ')}`;
    },
  });
}

/**
 * A fact the vendor has not disclosed: the word `not-disclosed`, or `{ notDisclosed: "what was
 * asked, when" }`. Every surface then says so; nothing guesses the fact.
 */
export const notDisclosed = z.union(
  [
    z.literal('not-disclosed'),
    z.strictObject({
      /** What was asked, of whom and when, e.g. "Asked support on 2026-11-02; no answer yet." */
      notDisclosed: localText,
    }),
  ],
  { error: 'write not-disclosed, or { notDisclosed: what you asked, and when }' },
);

/**
 * A fact our own list does not state: the word `not-stated`, or `{ notStated: "why" }`. Every
 * surface says "not stated in our list"; nothing guesses the fact, and no vendor is blamed.
 */
export const notStated = z.union(
  [
    z.literal('not-stated'),
    z.strictObject({
      /** Why the list does not say, e.g. "Our 2018 statement names the service only." */
      notStated: localText,
    }),
  ],
  { error: 'write not-stated, or { notStated: why the list does not say }' },
);

/** A fact that is given, or recorded as not stated in our list or not disclosed by the vendor. */
export const unknowable = <T extends z.ZodType>(schema: T, example: string) =>
  z.union([notDisclosed, notStated, schema], {
    error: `write ${example}; not-stated where our list does not say; not-disclosed where the vendor does not`,
  });

/** A fact only we can give (a role, a purpose, our own address): given, or not stated. */
export const stateable = <T extends z.ZodType>(schema: T, example: string) =>
  z.union([notStated, schema], {
    error: `write ${example}, or not-stated where our list does not say`,
  });
