/** Objection deadlines (GDPR Art. 28(2)): given on the change, or derived from the notice rules. */
import type { ChangeData } from '../../schemas/change';
import { addDays } from '../../core/dates';
import type { Role } from '../../core/roles';

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

/**
 * Why customers have no right to object to a change, if they have none: `listed` records the
 * list as it stood when the log began; `role` is a change that concerns no sub-processor (the
 * right to object, GDPR Art. 28(2), is about the processors of our customers' data).
 */
export type NoObjection = 'listed' | 'role';

/** The role of a processor by id, as far as the content knows it. */
export type RoleOf = (processorId: string) => Role | undefined;

/** Whether a change concerns a sub-processor: one it adds, removes, changes or replaces. */
const concernsSubProcessor = (
  change: Pick<ChangeData, 'processors' | 'replaces'>,
  roleOf: RoleOf,
): boolean =>
  [...change.processors, ...(change.replaces ?? [])].some(
    // A processor the content does not hold is treated as a sub-processor: the stricter reading.
    (id) => (roleOf(id) ?? 'sub-processor') === 'sub-processor',
  );

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
  change.processors.some((id) => (roleOf(id) ?? 'sub-processor') === 'sub-processor');
