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

/** The rule of a zod issue: the one its refinement names, else an unknown field or a wrong value. */
export function schemaRuleOf(issue: {
  code: string;
  params?: Record<string, unknown> | undefined;
}): string {
  const named = issue.params?.['rule'];
  if (typeof named === 'string') return named;
  return issue.code === 'unrecognized_keys' ? unknownField.id : invalidValue.id;
}
