/** What every page needs: the registry, the page's language, and its words, texts and links. */
import type { GetStaticPaths } from 'astro';
import { LOCALES, translator, type Locale, type Translate } from '../../i18n';
import { textsIn, type TextsIn } from '../../core/local-text';
import { langParam, localePath } from '../../core/locale-path';
import { basePathOf, withBase } from '../../core/site-path';
import type { Registry } from '../model/model';
import { getRegistry } from '../registry';

export interface PageContext {
  registry: Registry;
  /** The language of this page. */
  locale: Locale;
  /** The site's default language: pages at the root, and the fallback for untranslated text. */
  defaultLocale: Locale;
  t: Translate;
  /** A content text field in this page's language, the default language where it is missing. */
  text: TextsIn;
  /** A site path (/changes/) as the path of its page in this page's language (/nl/changes/), under the site's base path. */
  href: (path: string) => string;
  /** A site path (/SHA256SUMS), not language-bound, under the site's base path. */
  link: (path: string) => string;
  /** The path the site is served at: "/" or "/legal/subprocessors/". */
  base: string;
}

const isLocale = (code: string | undefined): code is Locale => LOCALES.includes(code as Locale);

/** The context of a page in `locale`, its `[...lang]` route parameter: the default language when not given. */
export async function pageContext(locale?: string): Promise<PageContext> {
  const registry = await getRegistry();
  const { defaultLocale } = registry.organization;
  const base = basePathOf(registry.organization.siteUrl);
  const current =
    isLocale(locale) && registry.organization.locales.includes(locale) ? locale : defaultLocale;
  return {
    registry,
    locale: current,
    defaultLocale,
    t: translator(current),
    text: textsIn(current, defaultLocale),
    href: (path) => withBase(localePath(path, current, defaultLocale), base),
    link: (path) => withBase(path, base),
    base,
  };
}

type Path = { params: Record<string, string | undefined>; props?: Record<string, unknown> };

/**
 * A page's static paths once per language the site is published in: `params.lang` is the language
 * code, or undefined for the default language at the root. `make` gives the paths of one language.
 */
export async function inEveryLocale<P extends Path>(
  make: (context: PageContext) => P[] | Promise<P[]> = () => [{ params: {} } as P],
) {
  const { organization } = await getRegistry();
  const all = await Promise.all(
    organization.locales.map(async (locale) => {
      const context = await pageContext(locale);
      const lang = langParam(locale, organization.defaultLocale);
      return (await make(context)).map((path) => ({ ...path, params: { ...path.params, lang } }));
    }),
  );
  return all.flat();
}

/** getStaticPaths of a page or endpoint without parameters of its own: once per language. */
export const everyLanguage = (() => inEveryLocale()) satisfies GetStaticPaths;
