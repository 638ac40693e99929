/**
 * The embeddable list: a page without the site's header, navigation or footer, for an iframe in a
 * company's own site (/embed/, and /embed/<product>/ per product), working without JavaScript.
 */
import type { GetStaticPaths } from 'astro';
import type { ProcessorView, ProductView, Registry } from '../model/model';
import { inEveryLocale } from './context';
import { activeProcessors } from './overview';

/**
 * The most recipients an embedded list shows, as the overview does per product: a frame in another
 * site is no place for thousands of rows, and the full list is a link away.
 */
export const EMBED_LIMIT = 100;

/** The recipients active today, of one product or of all: the embedded list shows the first ones. */
export const embeddedProcessors = (registry: Registry, product?: ProductView): ProcessorView[] =>
  activeProcessors(registry).filter(
    (p) => product === undefined || p.products.includes(product.id),
  );

/** How many recipients are announced to join, of one product or of all: the full site has them. */
export const embeddedUpcoming = (registry: Registry, product?: ProductView): number =>
  registry.processors.filter(
    (p) =>
      p.status.status === 'upcoming' && (product === undefined || p.products.includes(product.id)),
  ).length;

/** An embeddable page per product, in every language. */
export const embedProductPaths = (() =>
  inEveryLocale(({ registry }) =>
    registry.products.map((product) => ({ params: { product: product.id }, props: { product } })),
  )) satisfies GetStaticPaths;
