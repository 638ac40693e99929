/** What the frame of every page shows alike: the banner of open changes, the feeds in the head. */
import type { Locale, Translate } from '../../i18n';
import { HOME_REGION, atHome, locationName } from '../../core/locations';
import type { Organization } from '../../schemas/organization';
import type { Registry } from '../model/model';
import { feedScopes } from '../outputs/feeds';
import { changeLinks } from './downloads';
import { isKnown } from '../../core/disclosure';
import { SLOT, formatDate, formatList } from '../words/format';
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

/**
 * The publisher's home in words, where its data is not transferred: "the EEA" under the GDPR,
 * the UK or Switzerland where its first regime is theirs.
 */
export const homeName = (organization: Organization, t: Translate): string =>
  t(`home.${HOME_REGION[organization.regimes[0] ?? 'eu'] as 'eea' | 'uk' | 'ch'}`);

/**
 * Where the publisher is established, said where it is outside its home ("Acme Inc. is
 * established in the United States, outside the EEA"); nothing where it is at home.
 */
export function publisherOutside(
  organization: Organization,
  locale: Locale,
  t: Translate,
): string | undefined {
  const regime = organization.regimes[0] ?? 'eu';
  if (atHome(organization.address.country, regime)) return undefined;
  return t('overview.outside', {
    name: organization.legalName,
    country: locationName(organization.address.country, locale),
    home: homeName(organization, t),
  });
}

/**
 * The publisher's registered address in one line, as far as the list states it: "Stationsplein
 * 12, 3511 ED Utrecht, Netherlands"; a part not stated is named as such, never left to look whole.
 */
export function publisherAddress(organization: Organization, locale: Locale, t: Translate): string {
  const { street, postalCode, city, country } = organization.address;
  const place = [postalCode, city].filter((part) => isKnown(part)).join(' ');
  const missing = (['street', 'postalCode', 'city'] as const).filter(
    (part) => !isKnown(organization.address[part]),
  );
  return [
    isKnown(street) ? street : '',
    place,
    locationName(country, locale),
    missing.length
      ? t('footer.partsNotStated', {
          parts: formatList(
            missing.map((part) => t(`footer.part.${part}`)),
            locale,
          ),
        })
      : '',
  ]
    .filter(Boolean)
    .join(', ');
}

/**
 * The data protection officer's line in the footer, with SLOT where the mailbox goes: by name
 * where the list gives one, saying so where it records the name as not stated.
 */
export function dpoLine(organization: Organization, t: Translate): string | undefined {
  const dpo = organization.dpo;
  if (!dpo) return undefined;
  const email = dpo.email ? SLOT : undefined;
  if (dpo.name !== undefined && !isKnown(dpo.name))
    return email ? t('footer.dpoNameNotStated', { email }) : t('footer.dpoNotStated');
  if (dpo.name !== undefined)
    return email
      ? t('footer.dpo', { name: dpo.name, email })
      : t('footer.dpoName', { name: dpo.name });
  return email && t('footer.dpoMailbox', { email });
}

/**
 * What a page may load and run: this site's own files only, no inline script or style, no plugins,
 * frames or third-party origins; WebAssembly and a worker for the search (Pagefind). Every page
 * carries it in a meta tag; public/_headers sends it as a header, with frame-ancestors, which a
 * meta tag cannot carry (the embeddable list's rule: processorRegistry({ embed })).
 */
export const SITE_POLICY = [
  "default-src 'none'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "form-action 'self'",
  "base-uri 'none'",
].join('; ');
