/** What the change log shows: its pages, and what each change's page shows of its recipients. */
import type { ChangeView, ProcessorView, Registry } from '../model/model';

/** Changes per page of the change log. */
export const CHANGES_PER_PAGE = 50;

/** How many pages the change log has. */
export const changeLogPages = (registry: Registry): number =>
  Math.max(1, Math.ceil(registry.changes.length / CHANGES_PER_PAGE));

/**
 * What a change's page shows of the recipients it concerns, so a reviewer decides on the facts:
 * an addition what it brings, a replacement before and after, a removal whom it concerns. A first
 * list names its recipients and links their pages instead.
 */
export function changeSections(
  registry: Registry,
  change: ChangeView,
): { kind: 'brings' | 'before' | 'concerns'; processors: ProcessorView[] }[] {
  const of = (ids: readonly string[]) =>
    ids.flatMap((id) =>
      registry.processorsById.has(id) ? [registry.processorsById.get(id)!] : [],
    );
  switch (change.type) {
    case 'listed':
      return [];
    case 'removed':
      return [{ kind: 'concerns', processors: of(change.processors) }];
    case 'replaced':
      return [
        { kind: 'brings', processors: of(change.processors) },
        { kind: 'before', processors: of(change.replaces ?? []) },
      ];
    default:
      return [{ kind: 'brings', processors: of(change.processors) }];
  }
}
