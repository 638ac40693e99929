/**
 * The static paths of every page that has parameters of its own, once per language: the one
 * views module (beside ./context.ts) that reads the registry, so the others stay plain functions.
 */
import type { GetStaticPaths } from 'astro';
import { alphabetical } from './az';
import { changeLogPages } from './changes';
import { inEveryLocale } from './context';
import { BROWSE_FACETS, BROWSE_PER_PAGE, facetValues } from './facets';

/** A page per processor on the list or once on it, in every language. */
export const processorPaths = (() =>
  inEveryLocale(({ registry }) =>
    registry.processors.map((processor) => ({
      params: { id: processor.id },
      props: { processor },
    })),
  )) satisfies GetStaticPaths;

/** A page per published change, in every language. */
export const changePaths = (() =>
  inEveryLocale(({ registry }) =>
    registry.changes.map((change) => ({ params: { id: change.id }, props: { change } })),
  )) satisfies GetStaticPaths;

/** The change log's pages after the first, once per language. */
export const changeLogPaths = (() =>
  inEveryLocale(({ registry }) =>
    Array.from({ length: changeLogPages(registry) - 1 }, (_, i) => ({
      params: { page: String(i + 2) },
      props: { page: i + 2 },
    })),
  )) satisfies GetStaticPaths;

/** The browse pages: every value of every facet, 100 processors a page, in every language. */
export const browsePaths = (() =>
  inEveryLocale(({ registry, locale, t }) => {
    const values = facetValues(registry, locale, t);
    return BROWSE_FACETS.flatMap((facet) =>
      values.get(facet)!.flatMap((value) => {
        const pages = Math.max(1, Math.ceil(value.processors.length / BROWSE_PER_PAGE));
        return Array.from({ length: pages }, (_, i) => ({
          params: { facet, value: value.slug, page: i === 0 ? undefined : String(i + 1) },
          props: { value, page: i + 1 },
        }));
      }),
    );
  })) satisfies GetStaticPaths;

/** A release's page, once per language. */
export const localizedReleasePaths = (() =>
  inEveryLocale(({ registry }) =>
    registry.releases.map((release) => ({ params: { date: release.date }, props: { release } })),
  )) satisfies GetStaticPaths;

/** The A–Z list's pages, in every language: /a-z/, /a-z/2/, … */
export const azPaths = (() =>
  inEveryLocale(({ registry, locale }) => {
    const rows = alphabetical(registry, locale);
    const pages = Math.max(1, Math.ceil(rows.length / BROWSE_PER_PAGE));
    return Array.from({ length: pages }, (_, i) => ({
      params: { page: i === 0 ? undefined : String(i + 1) },
      props: { page: i + 1 },
    }));
  })) satisfies GetStaticPaths;

/** An embeddable page per product, in every language. */
export const embedProductPaths = (() =>
  inEveryLocale(({ registry }) =>
    registry.products.map((product) => ({ params: { product: product.id }, props: { product } })),
  )) satisfies GetStaticPaths;
