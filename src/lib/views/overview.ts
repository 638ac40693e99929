/** What the overview shows: the processors on the list by product, the counts, the open changes. */
import type { ChangeView, ProcessorView, ProductView, Registry } from '../model/model';

/** Processors per product shown on the overview; the rest are a link away (and in search). */
export const OVERVIEW_PER_PRODUCT = 50;

/** Processors that are on the list today (not upcoming, not removed). */
export const activeProcessors = (registry: Registry): ProcessorView[] =>
  registry.processors.filter((p) => p.status.status === 'active');

/** Each product with the active processors that serve it. */
export function processorsByProduct(
  registry: Registry,
): { product: ProductView; processors: ProcessorView[] }[] {
  const active = activeProcessors(registry);
  return registry.products.map((product) => ({
    product,
    processors: active.filter((p) => p.products.includes(product.id)),
  }));
}

export interface Counts {
  active: number;
  upcoming: number;
  countries: number;
  outsideEea: number;
}

export function counts(registry: Registry): Counts {
  const active = activeProcessors(registry);
  const countries = new Set(active.flatMap((p) => p.countries.map((c) => c.country)));
  return {
    active: active.length,
    upcoming: registry.processors.filter((p) => p.status.status === 'upcoming').length,
    countries: countries.size,
    outsideEea: active.filter((p) => p.countries.some((c) => c.region !== 'eea')).length,
  };
}

/** Changes customers can object to today, soonest deadline first. */
export const openChanges = (registry: Registry): ChangeView[] => registry.openChanges;
