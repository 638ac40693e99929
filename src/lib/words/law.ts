/** The law tables' entries in the words pages and downloads cite them with. */
import type { Locale, Translate } from '../../i18n';
import type { LawChallenge, LawDecision } from '../../law';
import type { Vocabularies } from '../../core/vocabulary';
import { formatDate, termLabel } from './format';

/** How a decision is cited: its number, with the act that extended or renewed it for this period. */
export function decisionNumber(decision: LawDecision, t: Translate): string {
  const { instrument, amendedBy } = decision;
  return amendedBy
    ? t(`law.amended.${amendedBy.how}`, { number: instrument.number, by: amendedBy.number })
    : instrument.number;
}

/** "EU adequacy decision (EU) 2021/1772, renewed by (EU) 2025/2574": the decision by its regime. */
export const decisionCitation = (decision: LawDecision, t: Translate): string =>
  t(`law.instrument.${decision.regime}`, { citation: decisionNumber(decision, t) });

/** The official text to link a citation to: the act in force for the period, the amending one if any. */
export const decisionUrl = (decision: LawDecision): string =>
  decision.amendedBy?.url ?? decision.instrument.url;

/** A decision's scope, in the reader's language (English where the table has no other). */
export const decisionScope = (decision: LawDecision, locale: Locale): string | undefined =>
  decision.scope && (locale === 'nl' ? decision.scope.nl : decision.scope.en);

/** That a case against a decision is before a court, with its name, number, court and date. */
export function challengeLine(challenge: LawChallenge, locale: Locale, t: Translate): string {
  const court = locale === 'nl' ? challenge.court.nl : challenge.court.en;
  const params = { name: challenge.name, case: challenge.case, court };
  return challenge.lodged
    ? t('law.challenge', { ...params, date: formatDate(challenge.lodged, locale) })
    : t('law.challengeUndated', params);
}

/** Whether a transfer relies on the scheme a decision covers only the members of, in a sentence. */
export const schemeLine = (
  mechanism: string,
  relied: boolean | undefined,
  vocabularies: Vocabularies,
  locale: Locale,
  t: Translate,
): string =>
  t(relied === undefined ? 'law.scheme.browse' : relied ? 'law.scheme.yes' : 'law.scheme.no', {
    scheme: termLabel(vocabularies, 'transferMechanisms', mechanism, locale),
  });
