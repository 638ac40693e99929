/**
 * The embeddable list: a page without the site's header, navigation or footer, for an iframe in a
 * company's own site (/embed/, and /embed/<product>/ per product), working without JavaScript.
 */
import type { ProcessorView, ProductView, Registry } from '../model/model';
import { activeProcessors } from './overview';

/**
 * The most recipients an embedded list shows, as the overview does per product: a frame in another
 * site is no place for thousands of rows, and the full list is a link away.
 */
export const EMBED_LIMIT = 100;

export interface EmbeddedList {
  /** The recipients active today that the frame shows: the first EMBED_LIMIT. */
  shown: ProcessorView[];
  /** How many are active today, shown or not. */
  active: number;
  /** How many are announced to join: the full site has them. */
  upcoming: number;
}

/** What an embedded list holds, of one product or of all. */
export function embeddedList(registry: Registry, product?: ProductView): EmbeddedList {
  const of = (p: ProcessorView) => product === undefined || p.products.includes(product.id);
  const active = activeProcessors(registry).filter(of);
  return {
    shown: active.slice(0, EMBED_LIMIT),
    active: active.length,
    upcoming: registry.processors.filter((p) => p.status.status === 'upcoming' && of(p)).length,
  };
}
