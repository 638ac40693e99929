/** Names of things in a reader's language: processors, products, the headline of a change. */
import type { Translate } from '../../i18n';
import type { Locale } from '../../i18n';
import { textIn } from '../../core/local-text';
import type { ChangeView, Registry } from '../model/model';
import { formatList } from './format';

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

/** Above this many recipients a change's title counts them instead of naming them. */
export const MANY = 3;

/** A change's headline, e.g. "Stuurlui replaces Savvii", or "19 recipients on the list as the log began". */
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
  // A change naming many recipients (a first list) is titled by their number; its page names them.
  if (change.processors.length > MANY)
    return t(`change.titleMany.${change.type}`, {
      count: change.processors.length,
      replaces: names(change.replaces ?? []),
    });
  return t(`change.title.${change.type}`, {
    processors: names(change.processors),
    replaces: names(change.replaces ?? []),
  });
}
