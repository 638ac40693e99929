/** Objection deadlines (GDPR Art. 28(2)): given on the change, or derived from the notice rules. */
import type { ChangeData } from '../../schemas/change';
import { addDays } from '../../core/dates';

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
