/** Objection deadlines (GDPR Art. 28(2)): given on the change, or derived from the notice rules. */
import type { ChangeData } from '../../schemas/change';
import { addDays } from '../../core/dates';
import type { Role } from '../../core/roles';
import type { Organization } from '../../schemas/organization';

export interface NoticeRules {
  /** Days between announcing an addition or replacement and its effect: a number, none, or not stated. */
  noticePeriodDays: Organization['noticePeriodDays'];
  /** Days customers have to object after an announcement; the notice period when not set. */
  objectionWindowDays?: number | undefined;
}

/** The notice period in days, where one is promised; undefined for none promised or not stated. */
export const noticeDays = (rules: NoticeRules): number | undefined =>
  typeof rules.noticePeriodDays === 'number' ? rules.noticePeriodDays : undefined;

/**
 * The last day to object: as given, else announced + the objection window (or the notice period),
 * never after the effective date; where neither is set, the effective date itself.
 */
export function objectionDeadline(
  change: { announced: string; effective: string; objectionDeadline?: string | undefined },
  rules: NoticeRules,
): string {
  if (change.objectionDeadline !== undefined) return change.objectionDeadline;
  const days = rules.objectionWindowDays ?? noticeDays(rules);
  if (days === undefined) return change.effective;
  const derived = addDays(change.announced, days);
  return derived < change.effective ? derived : change.effective;
}

/** Whether customers can still object on a date (the deadline day included). */
export const objectionOpen = (deadline: string, announced: string, today: string): boolean =>
  announced <= today && today <= deadline;

/**
 * Why customers have no right to object to a change, if they have none: `listed` records the
 * list as it stood when the log began; `role` is a change that concerns no sub-processor (the
 * right to object, GDPR Art. 28(2), is about the processors of our customers' data).
 */
export type NoObjection = 'listed' | 'role';

/** The role of a processor by id, as far as the content knows it. */
export type RoleOf = (processorId: string) => Role | undefined;

/**
 * Whether a recipient may be a sub-processor: it is one, or the content does not say (a role not
 * stated, or a processor the content does not hold): the stricter reading, which keeps the notice
 * period and the right to object.
 */
const maybeSubProcessor = (role: Role | undefined): boolean =>
  role === undefined || role === 'sub-processor' || role === 'not-stated';

/** Whether a change concerns a sub-processor: one it adds, removes, changes or replaces. */
const concernsSubProcessor = (
  change: Pick<ChangeData, 'processors' | 'replaces'>,
  roleOf: RoleOf,
): boolean =>
  [...change.processors, ...(change.replaces ?? [])].some((id) => maybeSubProcessor(roleOf(id)));

/** Why customers cannot object to this change, or undefined when they can. */
export function noObjectionReason(
  change: Pick<ChangeData, 'type' | 'processors' | 'replaces'>,
  roleOf: RoleOf,
): NoObjection | undefined {
  if (change.type === 'listed') return 'listed';
  return concernsSubProcessor(change, roleOf) ? undefined : 'role';
}

/**
 * Changes customers must be told of the notice period in advance (GDPR Art. 28(2)): a new
 * sub-processor, added or replacing another.
 */
export const needsNotice = (
  change: Pick<ChangeData, 'type' | 'processors' | 'replaces'>,
  roleOf: RoleOf,
): boolean =>
  (change.type === 'added' || change.type === 'replaced') &&
  change.processors.some((id) => maybeSubProcessor(roleOf(id)));
