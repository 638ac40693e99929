/** What the change log shows: its pages. */
import type { Registry } from '../model/model';

/** Changes per page of the change log. */
export const CHANGES_PER_PAGE = 50;

/** How many pages the change log has. */
export const changeLogPages = (registry: Registry): number =>
  Math.max(1, Math.ceil(registry.changes.length / CHANGES_PER_PAGE));
