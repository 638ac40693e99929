/** Objection deadlines (GDPR Art. 28(2)): given on the change, or derived from the notice rules. */
import type { ChangeData } from '../schemas/change';
import { addDays, daysBetween } from './build-date';
import type { Problem } from './problems';

export interface NoticeRules {
  /** Days between announcing an addition or replacement and its effect. */
  noticePeriodDays: number;
  /** Days customers have to object after an announcement; the notice period when not set. */
  objectionWindowDays?: number | undefined;
}

/** The last day to object: as given, else announced + window, never after the effective date. */
export function objectionDeadline(
  change: { announced: string; effective: string; objectionDeadline?: string | undefined },
  rules: NoticeRules,
): string {
  if (change.objectionDeadline !== undefined) return change.objectionDeadline;
  const derived = addDays(change.announced, rules.objectionWindowDays ?? rules.noticePeriodDays);
  return derived < change.effective ? derived : change.effective;
}

/** Whether customers can still object on a date (the deadline day included). */
export const objectionOpen = (deadline: string, announced: string, today: string): boolean =>
  announced <= today && today <= deadline;

/** Changes that customers must be told of in advance: new processors (GDPR Art. 28(2)). */
export const needsNotice = (type: ChangeData['type']): boolean =>
  type === 'added' || type === 'replaced';

/**
 * Notice rules for every change: enough days between announcement and effect for additions and
 * replacements (unless an emergency is justified), and a deadline inside the announcement window.
 */
export function noticeProblems(
  changes: readonly { file: string; data: ChangeData }[],
  rules: NoticeRules,
): Problem[] {
  const problems: Problem[] = [];
  for (const { file, data } of changes) {
    const days = daysBetween(data.announced, data.effective);
    if (needsNotice(data.type) && !data.emergency && days < rules.noticePeriodDays) {
      problems.push({
        level: 'error',
        file,
        field: 'effective',
        message:
          `gives ${days} days' notice (announced ${data.announced}, effective ${data.effective}); ` +
          `additions and replacements need at least ${rules.noticePeriodDays}. Set effective to ${addDays(data.announced, rules.noticePeriodDays)} or later, ` +
          'or, if it truly cannot wait, add emergency: { justification: ... } for customers to read.',
      });
    }
    const deadline = data.objectionDeadline;
    if (deadline !== undefined && deadline > data.effective) {
      problems.push({
        level: 'error',
        file,
        field: 'objectionDeadline',
        message: `${deadline} is after the effective date ${data.effective}: customers must be able to object before the change takes effect. Write ${data.effective} or earlier.`,
      });
    }
    if (deadline !== undefined && deadline < data.announced) {
      problems.push({
        level: 'error',
        file,
        field: 'objectionDeadline',
        message: `${deadline} is before the announcement ${data.announced}. Write a date between ${data.announced} and ${data.effective}.`,
      });
    }
  }
  return problems;
}
