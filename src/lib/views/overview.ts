/** What the overview shows: the processors on the list by product, the counts, the open changes. */
import { isRegion } from '../../core/locations';
import { ROLES, type Role } from '../../core/roles';
import type { Translate } from '../../i18n';
import {
  transfersOutside,
  type ChangeView,
  type ProcessorView,
  type ProductView,
  type Registry,
} from '../model/model';
import { roleSentences } from './processor';

/** Processors per product shown on the overview; the rest are a link away (and in search). */
export const OVERVIEW_PER_PRODUCT = 50;

/** Processors that are on the list today (not upcoming, not removed). */
export const activeProcessors = (registry: Registry): ProcessorView[] =>
  registry.processors.filter((p) => p.status.status === 'active');

/** Recipients grouped by role, in the order of ROLES; roles no recipient has are left out. */
export function byRole(
  processors: readonly ProcessorView[],
): { role: Role; processors: ProcessorView[] }[] {
  return ROLES.map((role) => ({
    role,
    processors: processors.filter((p) => p.role === role),
  })).filter((group) => group.processors.length > 0);
}

export interface ProductGroup {
  product: ProductView;
  /** The active recipients that serve it. */
  processors: ProcessorView[];
  /** How many more are announced to join it. */
  upcoming: number;
}

/** Each product with the active processors that serve it, and how many are announced. */
export function processorsByProduct(registry: Registry): ProductGroup[] {
  const active = activeProcessors(registry);
  return registry.products.map((product) => ({
    product,
    processors: active.filter((p) => p.products.includes(product.id)),
    upcoming: registry.processors.filter(
      (p) => p.status.status === 'upcoming' && p.products.includes(product.id),
    ).length,
  }));
}

export interface Counts {
  /** Recipients on the list today. */
  active: number;
  /** Recipients announced to join it. */
  upcoming: number;
  /** Countries the active recipients are known to process or store data in. */
  countries: number;
  /** Active recipients with a location outside the publisher's home (the EEA under the GDPR). */
  outside: number;
  /** Active recipients not every location of which is given. */
  undisclosed: number;
  /** Active recipients by role, with what the role means in sentences built from the content. */
  roles: { role: Role; count: number; sentences: string[] }[];
}

export function counts(registry: Registry, t: Translate): Counts {
  const active = activeProcessors(registry);
  // Countries: the regions a list may give (worldwide, the EU) are places, not countries.
  const countries = new Set(
    active.flatMap((p) => p.countries.map((c) => c.country).filter((code) => !isRegion(code))),
  );
  return {
    active: active.length,
    upcoming: registry.processors.filter((p) => p.status.status === 'upcoming').length,
    countries: countries.size,
    outside: active.filter((p) => transfersOutside(p).length > 0).length,
    undisclosed: active.filter((p) => !p.locationsDisclosed).length,
    roles: byRole(active).map(({ role, processors }) => ({
      role,
      count: processors.length,
      sentences: roleSentences(role, processors, registry.organization, t),
    })),
  };
}

/** Changes customers can object to today, soonest deadline first. */
export const openChanges = (registry: Registry): ChangeView[] => registry.openChanges;
