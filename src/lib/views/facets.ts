/**
 * Facets: the ways a reviewer narrows the list (product, country, region, mechanism, data
 * category, …). The same values drive the search filters and the pre-rendered browse pages.
 */
import { once } from '../../core/once';
import type { Translate } from '../../i18n';
import { decisionOn, decisionsOn, pendingChallenges, type LawDecision } from '../../law';
import type { Regime } from '../../core/regimes';
import { gapOf } from '../../core/disclosure';
import { isOrganisation, isRegion, locationName, type Region } from '../../core/locations';
import { termLabel } from '../words/format';
import { productNames } from '../words/names';
import type {
  ChangeView,
  CountryView,
  DecisionView,
  ProcessorView,
  Registry,
} from '../model/model';
import type { Locale } from '../../i18n';
import { ROLES, type Role } from '../../core/roles';

/** Processors per browse page: keeps every page small at any registry size. */
export const BROWSE_PER_PAGE = 100;

/** Facets with pre-rendered pages, in the order they are offered. */
export const BROWSE_FACETS = [
  'product',
  'role',
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
/**
 * Every page's place in time for search: `current` (a recipient on the list today, a change not
 * withdrawn) or `history` (removed, withdrawn, not yet active). Search shows current pages until
 * the reader asks for history; it is no facet of its own.
 */
export const SCOPE_FILTER = 'scope';
export type SearchFilter =
  | (typeof PROCESSOR_FILTERS)[number]
  | (typeof CHANGE_FILTERS)[number]
  | 'kind'
  | typeof SCOPE_FILTER;

export interface FacetValue {
  facet: BrowseFacet;
  /** URL-safe value: a country code, a vocabulary code, a product id. */
  slug: string;
  label: string;
  /** Processors on the list (active or upcoming) with this value, by name. */
  processors: ProcessorView[];
  /** How many of them are on the list today (active), and how many are announced to join it. */
  current: number;
  upcoming: number;
}

/** A count as every page gives it: those on the list today, and the announced ones apart. */
export const countText = (current: number, upcoming: number, t: Translate): string =>
  upcoming === 0 ? String(current) : t('count.withUpcoming', { count: current, upcoming });

/** The words a facet value that records a gap has: who did not give the fact. */
const GAPS = new Set(['not-stated', 'not-disclosed']);

/** Codes of a fact as facet values: the codes, or the gap (not-stated, not-disclosed) itself. */
const codesOf = (value: unknown): string[] => {
  const gap = gapOf(value);
  if (gap) return [gap];
  return Array.isArray(value) ? (value as string[]) : [value as string];
};

/** The slugs of every browse facet for one processor. */
export function processorFacetSlugs(processor: ProcessorView): Record<BrowseFacet, string[]> {
  const unique = (values: string[]) => [...new Set(values)];
  return {
    product: processor.products,
    role: [processor.role],
    country: processor.countries.map((c) => c.country.toLowerCase()),
    region: unique(processor.countries.map((c) => c.region)),
    mechanism: unique(processor.transfers.flatMap((t) => codesOf(t.mechanisms))),
    'data-category': unique(processor.activities.flatMap((a) => codesOf(a.dataCategories))),
    purpose: unique(processor.activities.flatMap((a) => codesOf(a.purpose))),
  };
}

/**
 * The location a country facet's slug stands for: a country's or an international organisation's
 * slug is its code in lower case (`us`, `epo`); a region's is its own code (`worldwide`).
 */
export const locationOfSlug = (slug: string): string =>
  !isRegion(slug) && (/^[a-z]{2}$/.test(slug) || isOrganisation(slug.toUpperCase()))
    ? slug.toUpperCase()
    : slug;

/** The label of a facet value in a locale. */
export function facetLabel(
  registry: Registry,
  facet: BrowseFacet,
  slug: string,
  locale: Locale,
  t: Translate,
): string {
  if (GAPS.has(slug) && facet !== 'role')
    return t(slug === 'not-stated' ? 'processor.notStated' : 'processor.notDisclosed');
  switch (facet) {
    case 'product':
      return productNames(registry, [slug], locale)[0]!;
    case 'country':
      return locationName(locationOfSlug(slug), locale);
    case 'role':
      return t(`role.${slug as Role}`);
    case 'region':
      return t(`region.${slug as Region}`);
    case 'mechanism':
      return termLabel(registry.vocabularies, 'transferMechanisms', slug, locale);
    case 'data-category':
      return termLabel(registry.vocabularies, 'dataCategories', slug, locale);
    case 'purpose':
      return termLabel(registry.vocabularies, 'purposes', slug, locale);
  }
}

/** Processors a browse page lists: those on the list today or announced to join it. */
export const listed = (p: ProcessorView): boolean =>
  p.status.status === 'active' || p.status.status === 'upcoming';

/**
 * Every value of every browse facet that some published processor has, each with the listed
 * processors that have it. Values only removed processors had still get a (empty) page, so a
 * link from a removed processor's page never breaks.
 */
export const facetValues = (
  registry: Registry,
  locale: Locale,
  t: Translate,
): Map<BrowseFacet, FacetValue[]> =>
  // Once per language: the browse paths, the browse index and every A–Z page ask for them.
  once(registry, `facets ${locale}`, () => makeFacetValues(registry, locale, t));

function makeFacetValues(
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
          current: processors.filter((p) => p.status.status === 'active').length,
          upcoming: processors.filter((p) => p.status.status === 'upcoming').length,
        }))
        .sort((a, b) =>
          facet === 'product'
            ? 0
            : facet === 'role'
              ? ROLES.indexOf(a.slug as Role) - ROLES.indexOf(b.slug as Role)
              : a.label.localeCompare(b.label, locale),
        ),
    ]),
  );
}

/**
 * The search filters of a processor page, as codes (a product id, a country code, a vocabulary
 * code, a status), the same in every language: a search's URL keeps its filters when the reader
 * switches language. {@link searchFilterLabels} names them in each language.
 */
export function processorFilters(
  processor: ProcessorView,
): Partial<Record<SearchFilter, string[]>> {
  const slugs = processorFacetSlugs(processor);
  return {
    kind: ['processor'],
    // On the list, or announced to join it (its objection window may be open): current.
    scope: [
      processor.status.status === 'active' || processor.status.status === 'upcoming'
        ? 'current'
        : 'history',
    ],
    product: slugs.product,
    status: [processor.status.status],
    role: [processor.role],
    region: slugs.region,
    country: slugs.country,
    mechanism: slugs.mechanism,
    'data-category': slugs['data-category'],
    'data-subject': [...new Set(processor.activities.flatMap((a) => codesOf(a.dataSubjects)))],
    purpose: slugs.purpose,
  };
}

/** The search filters of a change page, as codes. */
export function changeFilters(change: ChangeView): Partial<Record<SearchFilter, string[]>> {
  return {
    kind: ['change'],
    scope: [change.state === 'withdrawn' ? 'history' : 'current'],
    type: [change.type],
    state: [change.state],
    product: change.products,
  };
}

/** The words for every search filter value the site has, by filter and code, in one language. */
export function searchFilterLabels(
  registry: Registry,
  locale: Locale,
  t: Translate,
): Record<string, Record<string, string>> {
  const labels: Record<string, Record<string, string>> = {};
  const add = (filter: SearchFilter, code: string, label: string) =>
    ((labels[filter] ??= {})[code] = label);
  add('kind', 'processor', t('search.kind.processor'));
  add('kind', 'change', t('search.kind.change'));
  for (const processor of registry.processors) {
    const filters = processorFilters(processor);
    for (const facet of BROWSE_FACETS)
      for (const slug of processorFacetSlugs(processor)[facet])
        add(facet, slug, facetLabel(registry, facet, slug, locale, t));
    add('status', processor.status.status, t(`status.${processor.status.status}`));
    for (const code of filters['data-subject'] ?? [])
      add(
        'data-subject',
        code,
        GAPS.has(code)
          ? t(code === 'not-stated' ? 'processor.notStated' : 'processor.notDisclosed')
          : termLabel(registry.vocabularies, 'dataSubjects', code, locale),
      );
  }
  for (const change of registry.changes) {
    add('type', change.type, t(`change.type.${change.type}`));
    add('state', change.state, t(`change.state.${change.state}`));
    for (const id of change.products)
      add('product', id, facetLabel(registry, 'product', id, locale, t));
  }
  return labels;
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

/**
 * The transfers a browse page shows in its rows: a country page only that country's, a region
 * page only the transfers in that region, a safeguard page only those relying on it.
 */
export function transfersShown(
  value: Pick<FacetValue, 'facet' | 'slug'>,
): ((country: CountryView) => boolean) | undefined {
  switch (value.facet) {
    case 'country':
      return (c) => c.country.toLowerCase() === value.slug;
    case 'region':
      return (c) => c.region === value.slug;
    case 'mechanism':
      return (c) => (c.transfer ? codesOf(c.transfer.mechanisms).includes(value.slug) : false);
    default:
      return undefined;
  }
}

/** What a search result shows of a processor page: its title, and its role and status as badges. */
export const processorMeta = (processor: ProcessorView, t: Translate): Record<string, string> => ({
  title: processor.name,
  kind: t(`role.${processor.role}`),
  status: t(`status.${processor.status.status}`),
});

/** What a search result shows of a change page: its title, that it is a change, and its state. */
export const changeMeta = (
  title: string,
  change: ChangeView,
  t: Translate,
): Record<string, string> => ({
  title,
  kind: t('search.kind.change'),
  status: t(`change.state.${change.state}`),
});

/**
 * The decisions a browse page must explain: on a destination's page, each of the publisher's
 * regimes' decisions in force for it; on the adequacy region's, those that cover a scheme's
 * members only or are under challenge, since a reader cannot tell them from the rows.
 */
export function decisionsToExplain(
  value: Pick<FacetValue, 'facet' | 'slug'>,
  today: string,
  regimes: readonly Regime[],
): DecisionView[] {
  let decisions: LawDecision[] = [];
  if (value.facet === 'country') {
    const code = locationOfSlug(value.slug);
    decisions = regimes
      .flatMap((regime) => decisionOn(regime, code, today) ?? [])
      .filter((d) => d.destination !== 'eea');
  } else if (value.facet === 'region' && value.slug === 'adequate') {
    decisions = regimes.flatMap((regime) =>
      decisionsOn(regime, today).filter(
        (d) => d.requires !== undefined || pendingChallenges(d, today).length > 0,
      ),
    );
  }
  return decisions.map((decision) => ({
    decision,
    challenges: pendingChallenges(decision, today),
  }));
}
