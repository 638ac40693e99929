/**
 * Rules checked by the zod schemas in src/schemas/ as each file is loaded. Their checks are the
 * schemas themselves; a refinement names its rule in `params: { rule }`, and any other issue is
 * a wrong value or an unknown field. Listed here so they have ids, reasons and a place in the
 * README's table like every other rule.
 */
import { rule } from './rule';

const schemaRule = (id: string, reason: string, law?: string) =>
  rule({ id, level: 'error', locked: true, reason, stage: 'schema', ...(law ? { law } : {}) });

export const unreadableFile = schemaRule(
  'unreadable-file',
  'A content file must be valid YAML or JSON (a Markdown file: front matter between --- lines).',
);
export const organizationMissing = schemaRule(
  'organization-missing',
  'Every page names the publisher: content/organization.yaml must exist.',
);
export const unknownField = schemaRule(
  'unknown-field',
  'A misspelt field would be ignored silently, so every field must be one the schema knows.',
);
export const invalidValue = schemaRule(
  'invalid-value',
  'Every field holds the kind of value its schema declares (a date, a country code, a list, …).',
);
export const controlCharacter = schemaRule(
  'control-character',
  'A control character (a vertical tab or form feed pasted from a spreadsheet, a line break in a name) breaks feeds, calendars and spreadsheets.',
);
export const invisibleCharacter = schemaRule(
  'invisible-character',
  'A zero-width space or a direction override makes one name look like another, or reorders the text around it on the page.',
);
export const sccWithoutModule = schemaRule(
  'scc-without-module',
  'The Standard Contractual Clauses come in four modules; which one was signed decides the obligations.',
  'Commission Implementing Decision (EU) 2021/914',
);
export const dpfWithoutDate = schemaRule(
  'dpf-without-date',
  'A Data Privacy Framework transfer holds only while the recipient is certified: say when that was checked.',
  'Commission Implementing Decision (EU) 2023/1795',
);
export const retentionPeriodOrBound = schemaRule(
  'retention-period-or-bound',
  'A retention is a period or an upper bound, never both and never neither.',
);
export const effectiveBeforeAnnounced = schemaRule(
  'effective-before-announced',
  'A change cannot take effect before customers were told of it.',
);
export const withdrawnBeforeAnnounced = schemaRule(
  'withdrawn-before-announced',
  'A change cannot be withdrawn before it was announced.',
);
export const replacedWithoutReplaces = schemaRule(
  'replaced-without-replaces',
  'A replacement names the processors it replaces, and only a replacement does.',
);
export const defaultLocaleNotListed = schemaRule(
  'default-locale-not-listed',
  'The default language is one of the languages the site is published in.',
);
export const localeListedTwice = schemaRule(
  'locale-listed-twice',
  'Each language is published once.',
);

export const legalEntityMissing = schemaRule(
  'legal-entity-missing',
  'A named recipient is a legal entity customers can look up: its name and country, or a record that the vendor has not disclosed them.',
  'GDPR Art. 13(1)(e), Art. 28(2)',
);
export const categoryWithLegalEntity = schemaRule(
  'category-with-legal-entity',
  'A category of recipients (tax authorities, auditors) names no entity; one that has an entity is a named recipient with a role of its own.',
  'GDPR Art. 13(1)(e)',
);
export const legalBasisForSubProcessor = schemaRule(
  'legal-basis-for-sub-processor',
  "A sub-processor works on our customers' data, for which our customers are the controller and choose the lawful basis: the list cannot state one.",
  'GDPR Art. 6(1), Art. 28',
);
export const schemaVersion = schemaRule(
  'schema-version',
  'Content written for another schema may mean something else: npm run migrate brings it forward, keeping what it meant.',
);
export const notDisclosedWithoutVendor = schemaRule(
  'not-disclosed-without-vendor',
  'A category of recipients has no vendor to ask: a fact it lacks is not stated in our list, never "not disclosed by the vendor".',
);
export const listedWithNotice = schemaRule(
  'listed-with-notice',
  'A listed entry records the list as it stood when the log began: it takes effect the day it is recorded, with no notice period, deadline or emergency.',
);

/** The rule of a zod issue: the one its refinement names, else an unknown field or a wrong value. */
export function schemaRuleOf(issue: {
  code: string;
  params?: Record<string, unknown> | undefined;
}): string {
  const named = issue.params?.['rule'];
  if (typeof named === 'string') return named;
  return issue.code === 'unrecognized_keys' ? unknownField.id : invalidValue.id;
}

/** A zod issue, as far as the reader of a content file needs it. */
export interface SchemaIssue {
  code: string;
  path: PropertyKey[];
  message: string;
  params?: Record<string, unknown> | undefined;
  errors?: SchemaIssue[][] | undefined;
}

/** Issues that say the value is of another shape altogether, not what is wrong inside it. */
const SHAPE_CODES: ReadonlySet<string> = new Set([
  'invalid_type',
  'invalid_value',
  'unrecognized_keys',
  'invalid_union',
]);

/**
 * The issues an author is to read. A union (a value or `not-disclosed`) that fails reports why
 * each of its options failed; this keeps the option the value was written as (the first whose
 * issues lie inside the value, not about its shape), so "country: write a country code" is said
 * rather than "invalid input". A value of no option's shape keeps the union's own message.
 */
export function schemaIssues(issues: readonly SchemaIssue[]): SchemaIssue[] {
  return issues.flatMap((issue) => {
    if (issue.code !== 'invalid_union' || !issue.errors) return [issue];
    for (const option of issue.errors) {
      const inner = schemaIssues(option);
      const aboutShape = inner.some((i) => i.path.length === 0 && SHAPE_CODES.has(i.code));
      if (inner.length > 0 && !aboutShape)
        return inner.map((i) => ({ ...i, path: [...issue.path, ...i.path] }));
    }
    return [issue];
  });
}
