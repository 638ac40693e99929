/** What the pages show, computed from the registry so templates only render. */
import type { Translate } from '../i18n';
import { FEED_FORMATS, feedScopes, type FeedFormat } from './feeds';
import { formatDate, formatList } from './format';
import { textIn } from './local-text';
import { mailtoUrl } from './mailto';
import type { Activity } from '../schemas/processor';
import type { ChangeView, CountryView, ProcessorView, ProductView, Registry } from './model';
import type { Locale } from './vocabulary';

/** Changes per page of the change log. */
export const CHANGES_PER_PAGE = 50;

/** Processors per browse page: keeps every page small at any registry size. */
export const BROWSE_PER_PAGE = 100;

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

/**
 * Remembers what every page of one language shows alike (the banner, the feed links): a registry
 * of 10,000 processors renders it on 20,000 pages. The key leaves out `t`, which follows `locale`.
 */
function samePerLanguage<A extends unknown[], V>(
  compute: (registry: Registry, locale: Locale, t: Translate, ...rest: A) => V,
) {
  const cache = new WeakMap<Registry, Map<string, V>>();
  return (registry: Registry, locale: Locale, t: Translate, ...rest: A): V => {
    const byKey = cache.get(registry) ?? new Map<string, V>();
    cache.set(registry, byKey);
    const key = [locale, ...rest].join('\u0001');
    if (!byKey.has(key)) byKey.set(key, compute(registry, locale, t, ...rest));
    return byKey.get(key)!;
  };
}

/** The banner's line for each open change, e.g. "Stuurlui replaces Savvii: object by 1 March 2026." */
export const openChangeNotices = samePerLanguage(
  (registry, locale, t): { id: string; text: string }[] =>
    openChanges(registry).map((change) => ({
      id: change.id,
      text: t('banner.open', {
        title: changeTitle(registry, change, locale, t),
        deadline: formatDate(change.objectionDeadline, locale),
      }),
    })),
);

/** Processor names by id, for titles and links; removed processors included. */
export const nameOf = (registry: Registry, id: string): string =>
  registry.processorsById.get(id)?.name ?? id;

/** Product names for ids, in the order given. */
export const productNames = (
  registry: Registry,
  ids: readonly string[],
  locale: Locale,
): string[] =>
  ids.map((id) => {
    const product = registry.products.find((p) => p.id === id);
    return product ? textIn(product.name, locale, registry.organization.defaultLocale) : id;
  });

/** A change's headline, e.g. "Stuurlui replaces Savvii". */
export function changeTitle(
  registry: Registry,
  change: ChangeView,
  locale: Locale,
  t: Translate,
): string {
  const names = (ids: readonly string[]) =>
    formatList(
      ids.map((id) => nameOf(registry, id)),
      locale,
    );
  return t(`change.title.${change.type}`, {
    processors: names(change.processors),
    replaces: names(change.replaces ?? []),
  });
}

/** The prefilled objection e-mail for a change. */
export function objectionMailto(
  registry: Registry,
  change: ChangeView,
  pageUrl: string,
  locale: Locale,
  t: Translate,
): string {
  const title = changeTitle(registry, change, locale, t);
  return mailtoUrl({
    to: registry.organization.objectionAddress,
    subject: t('change.mail.subject', { id: change.id, title }),
    body: t('change.mail.body', {
      publisher: registry.organization.legalName,
      title,
      announced: formatDate(change.announced, locale),
      effective: formatDate(change.effective, locale),
      deadline: formatDate(change.objectionDeadline, locale),
      url: pageUrl,
    }),
  });
}

/** The countries an activity processes or stores data in, each once. */
export const activityCountries = (activity: Activity): string[] => [
  ...new Set([...activity.processing, ...(activity.storage ?? [])]),
];

/** The processor's recipient countries outside the EEA, each with the transfer entry that covers it. */
export const transfersOutsideEea = (processor: ProcessorView): CountryView[] =>
  processor.countries.filter((c) => c.region !== 'eea');

/** The feeds a page advertises in its head: all changes, and its product's when it has one. */
export const feedLinks = samePerLanguage(
  (registry, locale, t, product?: string): { type: string; title: string; href: string }[] =>
    feedScopes(registry, locale, t, { withChanges: false })
      .filter((scope) => scope.product === undefined || scope.product === product)
      .flatMap((scope) =>
        (Object.keys(FEED_FORMATS) as FeedFormat[]).map((format) => ({
          type: FEED_FORMATS[format].type,
          title: `${scope.title} (${t(`subscribe.${format}`)})`,
          href: `${scope.path}.${FEED_FORMATS[format].extension}`,
        })),
      ),
);
