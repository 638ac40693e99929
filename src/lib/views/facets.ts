/**
 * Facets: the ways a reviewer narrows the list (product, country, region, mechanism, data
 * category, …). The same values drive the search filters and the pre-rendered browse pages.
 */
import type { Translate } from '../../i18n';
import { countryName } from '../../core/countries';
import { termLabel } from '../words/format';
import { productNames } from '../words/names';
import type { ChangeView, ProcessorView, Registry } from '../model/model';
import type { Locale } from '../../i18n';

/** Processors per browse page: keeps every page small at any registry size. */
export const BROWSE_PER_PAGE = 100;

/** Facets with pre-rendered pages, in the order they are offered. */
export const BROWSE_FACETS = [
  'product',
  'country',
  'region',
  'mechanism',
  'data-category',
  'purpose',
] as const;
export type BrowseFacet = (typeof BROWSE_FACETS)[number];

/** Search filters of a processor page, in the order the search shows them. */
export const PROCESSOR_FILTERS = [
  'product',
  'status',
  'role',
  'region',
  'country',
  'mechanism',
  'data-category',
  'data-subject',
  'purpose',
] as const;
/** Search filters of a change page. */
export const CHANGE_FILTERS = ['type', 'state', 'product'] as const;
export type SearchFilter =
  (typeof PROCESSOR_FILTERS)[number] | (typeof CHANGE_FILTERS)[number] | 'kind';

export interface FacetValue {
  facet: BrowseFacet;
  /** URL-safe value: a country code, a vocabulary code, a product id. */
  slug: string;
  label: string;
  /** Processors on the list (active or upcoming) with this value, by name. */
  processors: ProcessorView[];
}

/** The slugs of every browse facet for one processor. */
export function processorFacetSlugs(processor: ProcessorView): Record<BrowseFacet, string[]> {
  const unique = (values: string[]) => [...new Set(values)];
  return {
    product: processor.products,
    country: processor.countries.map((c) => c.country.toLowerCase()),
    region: unique(processor.countries.map((c) => c.region)),
    mechanism: unique(processor.transfers.flatMap((t) => t.mechanisms)),
    'data-category': unique(processor.activities.flatMap((a) => a.dataCategories)),
    purpose: unique(processor.activities.map((a) => a.purpose)),
  };
}

/** The label of a facet value in a locale. */
export function facetLabel(
  registry: Registry,
  facet: BrowseFacet,
  slug: string,
  locale: Locale,
  t: Translate,
): string {
  switch (facet) {
    case 'product':
      return productNames(registry, [slug], locale)[0]!;
    case 'country':
      return countryName(slug.toUpperCase(), locale);
    case 'region':
      return t(`region.${slug as 'eea' | 'adequate' | 'third-country'}`);
    case 'mechanism':
      return termLabel(registry.vocabularies, 'transferMechanisms', slug, locale);
    case 'data-category':
      return termLabel(registry.vocabularies, 'dataCategories', slug, locale);
    case 'purpose':
      return termLabel(registry.vocabularies, 'purposes', slug, locale);
  }
}

/** Processors a browse page lists: those on the list today or announced to join it. */
const listed = (p: ProcessorView) => p.status.status === 'active' || p.status.status === 'upcoming';

/**
 * Every value of every browse facet that some published processor has, each with the listed
 * processors that have it. Values only removed processors had still get a (empty) page, so a
 * link from a removed processor's page never breaks.
 */
export function facetValues(
  registry: Registry,
  locale: Locale,
  t: Translate,
): Map<BrowseFacet, FacetValue[]> {
  const values = new Map<BrowseFacet, Map<string, ProcessorView[]>>(
    BROWSE_FACETS.map((f) => [f, new Map()]),
  );
  for (const processor of registry.processors) {
    if (processor.status.status === 'withdrawn') continue;
    const slugs = processorFacetSlugs(processor);
    for (const facet of BROWSE_FACETS) {
      for (const slug of slugs[facet]) {
        const list = values.get(facet)!.get(slug) ?? [];
        if (listed(processor)) list.push(processor);
        values.get(facet)!.set(slug, list);
      }
    }
  }
  for (const product of registry.products)
    if (!values.get('product')!.has(product.id)) values.get('product')!.set(product.id, []);
  return new Map(
    BROWSE_FACETS.map((facet) => [
      facet,
      [...values.get(facet)!]
        .map(([slug, processors]) => ({
          facet,
          slug,
          label: facetLabel(registry, facet, slug, locale, t),
          processors,
        }))
        .sort((a, b) => (facet === 'product' ? 0 : a.label.localeCompare(b.label, locale))),
    ]),
  );
}

/** The search filters of a processor page, as the labels a reader sees. */
export function processorFilters(
  registry: Registry,
  processor: ProcessorView,
  locale: Locale,
  t: Translate,
): Partial<Record<SearchFilter, string[]>> {
  const slugs = processorFacetSlugs(processor);
  const labels = (facet: BrowseFacet) =>
    slugs[facet].map((slug) => facetLabel(registry, facet, slug, locale, t));
  return {
    kind: [t('search.kind.processor')],
    product: labels('product'),
    status: [t(`status.${processor.status.status}`)],
    role: [t(`role.${processor.role}`)],
    region: labels('region'),
    country: labels('country'),
    mechanism: labels('mechanism'),
    'data-category': labels('data-category'),
    'data-subject': [...new Set(processor.activities.flatMap((a) => a.dataSubjects))].map((code) =>
      termLabel(registry.vocabularies, 'dataSubjects', code, locale),
    ),
    purpose: labels('purpose'),
  };
}

/** The search filters of a change page. */
export function changeFilters(
  registry: Registry,
  change: ChangeView,
  locale: Locale,
  t: Translate,
): Partial<Record<SearchFilter, string[]>> {
  return {
    kind: [t('search.kind.change')],
    type: [t(`change.type.${change.type}`)],
    state: [t(`change.state.${change.state}`)],
    product: change.products.map((id) => facetLabel(registry, 'product', id, locale, t)),
  };
}

/** One page of a long list: the items and the numbers pagination needs. */
export function pageOf<T>(
  items: readonly T[],
  size: number,
  page: number,
): { items: T[]; page: number; pages: number } {
  const pages = Math.max(1, Math.ceil(items.length / size));
  return { items: items.slice((page - 1) * size, page * size), page, pages };
}
