/** What every page needs: the registry, the page's locale and its translate function. */
import { translator, type Translate } from '../i18n';
import type { Registry } from './model';
import { getRegistry } from './registry';
import type { Locale } from './vocabulary';

export interface PageContext {
  registry: Registry;
  locale: Locale;
  t: Translate;
}

export async function pageContext(): Promise<PageContext> {
  const registry = await getRegistry();
  const locale = registry.organization.defaultLocale;
  return { registry, locale, t: translator(locale) };
}
