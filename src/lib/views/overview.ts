/** What the overview shows: the processors on the list by product, the counts, the open changes. */
import { ROLES, type Role } from '../../core/roles';
import type { ChangeView, ProcessorView, ProductView, Registry } from '../model/model';

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
  /** Active recipients with a transfer outside the EEA. */
  outsideEea: number;
  /** Active recipients whose vendor has not disclosed every location. */
  undisclosed: number;
  /** Active recipients by role. */
  roles: { role: Role; count: number }[];
}

export function counts(registry: Registry): Counts {
  const active = activeProcessors(registry);
  const countries = new Set(active.flatMap((p) => p.countries.map((c) => c.country)));
  return {
    active: active.length,
    upcoming: registry.processors.filter((p) => p.status.status === 'upcoming').length,
    countries: countries.size,
    outsideEea: active.filter((p) => p.countries.some((c) => c.region !== 'eea')).length,
    undisclosed: active.filter((p) => !p.locationsDisclosed).length,
    roles: byRole(active).map(({ role, processors }) => ({ role, count: processors.length })),
  };
}

/** Changes customers can object to today, soonest deadline first. */
export const openChanges = (registry: Registry): ChangeView[] => registry.openChanges;
