/**
 * A processor's status, derived from the change log against the build date. The change log is the
 * source of truth: upcoming between announcement and effect, active after, removed after removal;
 * withdrawn when its only announced addition was called off.
 */

export type Status = 'unannounced' | 'upcoming' | 'active' | 'removed' | 'withdrawn';

export interface StatusChange {
  id: string;
  type: 'listed' | 'added' | 'removed' | 'replaced' | 'changed';
  processors: readonly string[];
  replaces?: readonly string[] | undefined;
  announced: string;
  effective: string;
  /** The day the change was called off, if it was. */
  withdrawnOn?: string | undefined;
}

export interface ProcessorStatus {
  status: Status;
  /** The effective date of the change that set the status, if one did. */
  since?: string | undefined;
  /** An announced change that will alter the status (a pending addition or removal). */
  pending?: { changeId: string; becomes: 'active' | 'removed'; effective: string } | undefined;
}

/** What a change does to one processor's presence on the list. */
export function effectOn(
  change: StatusChange,
  processorId: string,
): 'adds' | 'removes' | 'touches' | undefined {
  if (change.replaces?.includes(processorId)) return 'removes';
  if (!change.processors.includes(processorId)) return undefined;
  if (change.type === 'listed' || change.type === 'added' || change.type === 'replaced')
    return 'adds';
  if (change.type === 'removed') return 'removes';
  return 'touches';
}

/** The changes of a log that name each processor (in processors or replaces), in log order. */
export function changesByProcessor<C extends Pick<StatusChange, 'processors' | 'replaces'>>(
  changes: readonly C[],
): Map<string, C[]> {
  const byProcessor = new Map<string, C[]>();
  for (const change of changes) {
    for (const processorId of new Set([...change.processors, ...(change.replaces ?? [])])) {
      const list = byProcessor.get(processorId);
      if (list) list.push(change);
      else byProcessor.set(processorId, [change]);
    }
  }
  return byProcessor;
}

const byEffective = (a: StatusChange, b: StatusChange) =>
  a.effective.localeCompare(b.effective) ||
  a.announced.localeCompare(b.announced) ||
  a.id.localeCompare(b.id);

/**
 * The status of a processor on `today`. Changes announced after today are not public yet and are
 * ignored; a processor with no change at all predates the log and counts as active.
 */
export function statusOf(
  processorId: string,
  changes: readonly StatusChange[],
  today: string,
): ProcessorStatus {
  const own = changes.filter((c) => effectOn(c, processorId) !== undefined);
  if (own.length === 0) return { status: 'active' };

  const sorted = [...own].sort(byEffective);
  // A processor whose history starts with anything but its addition predates the change log.
  let result: ProcessorStatus = {
    status: effectOn(sorted[0]!, processorId) === 'adds' ? 'unannounced' : 'active',
  };
  const published = sorted.filter((c) => c.announced <= today);
  let calledOff = false;
  for (const change of published) {
    const effect = effectOn(change, processorId);
    if (change.withdrawnOn !== undefined && change.withdrawnOn <= today) {
      calledOff ||= effect === 'adds';
      continue;
    }
    if (effect === 'touches') continue;
    const becomes = effect === 'adds' ? 'active' : 'removed';
    if (change.effective <= today) {
      result = { status: becomes, since: change.effective };
    } else {
      const current =
        result.status === 'unannounced'
          ? becomes === 'active'
            ? 'upcoming'
            : 'active'
          : result.status;
      result = {
        status: current,
        since: result.since,
        pending: { changeId: change.id, becomes, effective: change.effective },
      };
      break;
    }
  }
  // Announced, then called off before it ever took effect.
  if (result.status === 'unannounced' && calledOff) return { status: 'withdrawn' };
  return result;
}
