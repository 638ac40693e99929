/**
 * Every content rule, in the order they run and are listed, and the runner the build and
 * `npm run check` share. organization.yaml may lower a rule to a warning or switch it off, with a
 * reason printed beside each finding it silences; locked rules, which protect customers, cannot be.
 */
import type { Problem } from '../../core/problems';
import { didYouMean } from '../../core/suggest';
import type { Organization } from '../../schemas/organization';
import type { RegistrySource } from '../load/source';
import { changesByProcessor, statusOf, type StatusChange } from '../model/status';
import { changeProductMismatch, listedAfterLogBegan } from './changes';
import {
  emptyFile,
  impossibleDate,
  jsonByteOrderMark,
  noteImageNotUrl,
  placeholderLeft,
  timestampNotDate,
} from './files';
import { textLanguage, translationMisplaced } from './languages';
import {
  deadlineAfterEffectiveRule,
  deadlineBeforeAnnouncementRule,
  noticeNotSent,
  noticeSentLate,
  noticeTooShort,
  noticeUnknownChange,
} from './notice';
import {
  duplicateActivity,
  duplicateProcessor,
  processorWithoutChange,
  specialCategoryWithoutCondition,
  subProcessorWithoutDpa,
  processorWithoutDpa,
  jointControllerWithoutArrangement,
  subProcessorWithoutList,
  reviewOverdue,
  assessmentWithoutTransfer,
  assessmentNotEquivalent,
  assessmentMeasuresUnnamed,
  chainLinkUncovered,
  chainCheckOutdated,
  chainLinkUnannounced,
} from './processors';
import {
  factNotStated,
  recipientNotDisclosed,
  retentionNotSpecified,
  storageNotGiven,
  subProcessorNotDisclosed,
  transferSafeguardNotStated,
} from './gaps';
import { unknownCode, unknownProcessor, unknownProduct } from './references';
import {
  releaseAltered,
  releaseChainBroken,
  releaseInFuture,
  releaseNameMismatch,
  releaseSignature,
} from './releases';
import {
  duplicateId,
  fileNameNotId,
  linkOutsideContent,
  nestedFile,
  specialFile,
  unreadFile,
} from './tree';
import type { ContentTree } from '../load/tree';
import {
  rule,
  type ContentInput,
  type Finding,
  type RawFile,
  type RecordedRelease,
  type Rule,
} from './rule';
import {
  categoryWithLegalEntity,
  legalBasisForSubProcessor,
  legalEntityMissing,
  listedWithNotice,
  notDisclosedWithoutVendor,
  schemaVersion,
  controlCharacter,
  defaultLocaleNotListed,
  dpfWithoutDate,
  effectiveBeforeAnnounced,
  invalidValue,
  invisibleCharacter,
  localeListedTwice,
  organizationMissing,
  replacedWithoutReplaces,
  retentionPeriodOrBound,
  sccWithoutModule,
  unknownField,
  unreadableFile,
  withdrawnBeforeAnnounced,
} from './schema';
import {
  adequacyForUs,
  adequacyNotInForce,
  bcrProcessorScope,
  dateInFuture,
  derogation,
  dpfCheckOutdated,
  dpfOutsideUs,
  dpfWithoutEntity,
  dpfWithoutFallback,
  duplicateTransfer,
  mechanismOutsideRegimes,
  mechanismRegimeGap,
  sccImporterSubjectToGdpr,
  sccModuleUnexpected,
  ukAddendumWithoutScc,
  transferInsideEea,
  transferMissing,
  transferWithoutActivity,
} from './transfers';

/** How organization.yaml sets rules: { <rule id>: { level, reason } }. */
export type RuleSettings = NonNullable<Organization['rules']>;

export const ruleConfig = rule({
  id: 'rule-config',
  level: 'error',
  locked: true,
  reason:
    'A rule set in organization.yaml must exist, and a rule that protects customers cannot be lowered.',
  stage: 'references',
  check: ({ source }, report) => {
    const file = source.organizationFile ?? 'content/organization.yaml';
    for (const [id, setting] of Object.entries(source.organization.rules ?? {})) {
      const known = RULES.find((r) => r.id === id);
      if (!known) {
        const guess = didYouMean(
          id,
          RULES.map((r) => r.id),
        );
        report({
          file,
          field: `rules.${id}`,
          message: `"${id}" is not a rule.${guess ? ` Did you mean "${guess}"?` : ''} The README lists every rule id.`,
        });
      } else if (known.locked && setting.level !== 'error') {
        report({
          file,
          field: `rules.${id}.level`,
          message: `${id} protects customers (${known.reason}) and cannot be lowered or switched off: remove this entry and fix what it finds.`,
        });
      }
    }
  },
});

/** Every rule, in the order they run and are listed in the README. */
export const RULES: readonly Rule[] = [
  linkOutsideContent,
  specialFile,
  nestedFile,
  fileNameNotId,
  duplicateId,
  unreadFile,
  emptyFile,
  placeholderLeft,
  impossibleDate,
  timestampNotDate,
  noteImageNotUrl,
  jsonByteOrderMark,
  releaseNameMismatch,
  unreadableFile,
  organizationMissing,
  schemaVersion,
  unknownField,
  invalidValue,
  controlCharacter,
  invisibleCharacter,
  sccWithoutModule,
  dpfWithoutDate,
  retentionPeriodOrBound,
  effectiveBeforeAnnounced,
  withdrawnBeforeAnnounced,
  replacedWithoutReplaces,
  legalEntityMissing,
  categoryWithLegalEntity,
  notDisclosedWithoutVendor,
  legalBasisForSubProcessor,
  listedWithNotice,
  defaultLocaleNotListed,
  localeListedTwice,
  ruleConfig,
  unknownProduct,
  unknownCode,
  unknownProcessor,
  noticeUnknownChange,
  textLanguage,
  translationMisplaced,
  noticeTooShort,
  deadlineAfterEffectiveRule,
  deadlineBeforeAnnouncementRule,
  noticeSentLate,
  noticeNotSent,
  duplicateProcessor,
  duplicateActivity,
  processorWithoutChange,
  subProcessorWithoutDpa,
  processorWithoutDpa,
  jointControllerWithoutArrangement,
  subProcessorNotDisclosed,
  recipientNotDisclosed,
  storageNotGiven,
  subProcessorWithoutList,
  transferMissing,
  transferSafeguardNotStated,
  duplicateTransfer,
  specialCategoryWithoutCondition,
  retentionNotSpecified,
  factNotStated,
  reviewOverdue,
  assessmentWithoutTransfer,
  assessmentNotEquivalent,
  assessmentMeasuresUnnamed,
  chainLinkUncovered,
  chainCheckOutdated,
  chainLinkUnannounced,
  transferInsideEea,
  transferWithoutActivity,
  adequacyForUs,
  adequacyNotInForce,
  dpfOutsideUs,
  dpfWithoutEntity,
  mechanismRegimeGap,
  mechanismOutsideRegimes,
  ukAddendumWithoutScc,
  derogation,
  dpfCheckOutdated,
  dpfWithoutFallback,
  sccImporterSubjectToGdpr,
  bcrProcessorScope,
  dateInFuture,
  sccModuleUnexpected,
  changeProductMismatch,
  listedAfterLogBegan,
  releaseAltered,
  releaseChainBroken,
  releaseInFuture,
  releaseSignature,
];

const byId = new Map(RULES.map((r) => [r.id, r]));

/** A finding as a problem of `ruleId`, at the level organization.yaml gives that rule. */
export function problemOf(ruleId: string, finding: Finding, settings?: RuleSettings): Problem {
  const found = byId.get(ruleId);
  if (!found) throw new Error(`no rule "${ruleId}" in src/lib/rules/index.ts`);
  const setting = found.locked ? undefined : settings?.[ruleId];
  if (!setting || setting.level === found.level)
    return { level: found.level, rule: ruleId, ...finding };
  const silenced =
    setting.level === 'off'
      ? `switched off: ${setting.reason}`
      : setting.level === 'warning'
        ? `lowered to a warning: ${setting.reason}`
        : undefined;
  return { level: setting.level, rule: ruleId, ...finding, ...(silenced ? { silenced } : {}) };
}

function run<S extends Rule['stage'], I>(
  stage: S,
  input: I,
  settings: RuleSettings | undefined,
): Problem[] {
  const problems: Problem[] = [];
  for (const r of RULES) {
    if (r.stage !== stage || !('check' in r)) continue;
    (r.check as (input: I, report: (finding: Finding) => void) => void)(input, (finding) =>
      problems.push(problemOf(r.id, finding, settings)),
    );
  }
  return problems;
}

/** The rules on the content folder's tree: only regular files inside it, where they are read, named as ids. */
export const treeProblems = (tree: ContentTree, settings?: RuleSettings): Problem[] =>
  run('tree', tree, settings);

/** The rules on files as written: placeholders left, impossible dates. */
export const fileProblems = (files: readonly RawFile[], settings?: RuleSettings): Problem[] =>
  files.flatMap((file) => run('file', file, settings));

/** What every rule over the whole content reads, derived once. */
export function contentInput(source: RegistrySource, today: string): ContentInput {
  const log = changesByProcessor(
    source.changes.map(({ id, data }): StatusChange => ({
      id,
      ...data,
      withdrawnOn: data.withdrawn?.on,
    })),
  );
  const listed = new Map<string, boolean>();
  return {
    source,
    today,
    log,
    listed: (id) => {
      let known = listed.get(id);
      if (known === undefined) {
        // Completeness matters for processors on the list, not for ones removed or called off.
        const status = statusOf(id, log.get(id) ?? [], today).status;
        known = status === 'active' || status === 'upcoming' || status === 'unannounced';
        listed.set(id, known);
      }
      return known;
    },
  };
}

/**
 * Every problem across files: references first; when they hold, the notice, transfer and
 * completeness rules (with broken references those would only repeat them).
 */
export function contentProblems(source: RegistrySource, today: string): Problem[] {
  const input = contentInput(source, today);
  const settings = source.organization.rules;
  const references = run('references', input, settings);
  if (references.some((p) => p.level === 'error')) return references;
  return [...references, ...run('content', input, settings)];
}

/** The rules on the release files: hashes, the chain, and (given the build date) releases not yet due. */
export const verifyChain = (
  releases: readonly RecordedRelease[],
  settings?: RuleSettings,
  today = '9999-12-31',
  signing?: Organization['releaseSigning'],
): Problem[] => run('releases', { releases, today, signing }, settings);
