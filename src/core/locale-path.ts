/**
 * Where a page lives in each language: the default language at the root (/changes/), every other
 * under its code (/nl/changes/), the layout Astro's i18n routing uses with prefixDefaultLocale off.
 */
import type { Locale } from '../i18n';

/** The path of a page, given as its default-language path such as /changes/, in `locale`. */
export function localePath(path: string, locale: Locale, defaultLocale: Locale): string {
  if (!path.startsWith('/')) throw new Error(`a site path starts with /: ${path}`);
  return locale === defaultLocale ? path : `/${locale}${path}`;
}

/** The default-language path of a page at `pathname`, whichever language that page is in. */
export function pagePath(
  pathname: string,
  locales: readonly Locale[],
  defaultLocale: Locale,
): string {
  const [, first] = pathname.split('/');
  const locale = locales.find((code) => code === first && code !== defaultLocale);
  return locale ? pathname.slice(locale.length + 1) || '/' : pathname;
}

/** The `[...lang]` route parameter for a locale: none for the default language. */
export function langParam(locale: Locale, defaultLocale: Locale): string | undefined {
  return locale === defaultLocale ? undefined : locale;
}

/** Every language version of the page at `pathname`, as { code, path }, in the order of `locales`. */
export function languageVersions(
  pathname: string,
  locales: readonly Locale[],
  defaultLocale: Locale,
): { code: Locale; path: string }[] {
  const page = pagePath(pathname, locales, defaultLocale);
  return locales.map((code) => ({ code, path: localePath(page, code, defaultLocale) }));
}
