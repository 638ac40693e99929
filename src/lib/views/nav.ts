/**
 * The site's main navigation: each page with its words, less the pages a site leaves out
 * (processorRegistry({ routes })), and which item a page belongs to.
 */
import type { MessageKey } from '../../i18n/en';

/** The pages a site may leave out (see processorRegistry's `routes` option). */
export const OPTIONAL_PAGES = ['search', 'browse', 'az', 'embed', 'reference'] as const;
export type OptionalRoute = (typeof OPTIONAL_PAGES)[number];
export type PublishedRoutes = Readonly<Record<OptionalRoute, boolean>>;

export interface NavItem {
  /** The page's path in the default language, e.g. /changes/. */
  path: string;
  label: MessageKey;
}

const ITEMS: readonly (NavItem & { only?: OptionalRoute })[] = [
  { path: '/', label: 'nav.overview' },
  { path: '/changes/', label: 'nav.changes' },
  { path: '/a-z/', label: 'nav.az', only: 'az' },
  { path: '/browse/', label: 'nav.browse', only: 'browse' },
  { path: '/search/', label: 'nav.search', only: 'search' },
  { path: '/downloads/', label: 'nav.downloads' },
  { path: '/releases/', label: 'nav.releases' },
  { path: '/subscribe/', label: 'nav.subscribe' },
];

/** The navigation of a site that publishes `routes`. */
export const mainNav = (routes: PublishedRoutes): NavItem[] =>
  ITEMS.filter((item) => !item.only || routes[item.only]).map(({ path, label }) => ({
    path,
    label,
  }));

/** Whether the page at `pagePath` (default-language path) is under the item: the overview only itself. */
export const isCurrent = (item: NavItem, pagePath: string): boolean =>
  item.path === '/' ? pagePath === '/' : pagePath.startsWith(item.path.slice(0, -1));
