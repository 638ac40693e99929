/** What the frame of every page shows alike: the banner of open changes, the feeds in the head. */
import type { Locale, Translate } from '../../i18n';
import type { Registry } from '../model/model';
import { feedScopes } from '../outputs/feeds';
import { changeLinks } from './downloads';
import { formatDate } from '../words/format';
import { changeTitle } from '../words/names';
import { openChanges } from './overview';

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
        deadline: formatDate(change.objectionDeadline ?? change.effective, locale),
      }),
    })),
);

/** The feeds a page advertises in its head: all changes, and its product's when it has one. */
export const feedLinks = samePerLanguage(
  (registry, locale, t, product?: string): { type: string; title: string; href: string }[] =>
    feedScopes(registry, locale, t, { withChanges: false })
      .filter((scope) => scope.product === undefined || scope.product === product)
      .flatMap((scope) =>
        changeLinks(scope, 'feed', t).map((link) => ({
          type: link.type,
          title: `${scope.title} (${link.label})`,
          href: link.path,
        })),
      ),
);
