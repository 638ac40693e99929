/**
 * A trust center may live at a path of its publisher's site (https://example.com/legal/
 * subprocessors/): every link and address is made from the site's own paths (/changes/) through
 * these helpers, never by resolving "/changes/" against the site, which would drop the path.
 */

/** The path the site is served at, from its URL: "/" or "/legal/subprocessors/". */
export function basePathOf(siteUrl: string | URL): string {
  try {
    const path = new URL(siteUrl).pathname;
    return path.endsWith('/') ? path : `${path}/`;
  } catch {
    return '/';
  }
}

/** A site path (/changes/) as the path it is served at under `base` (/legal/subprocessors/changes/). */
export const withBase = (path: string, base: string): string =>
  base === '/' || !path.startsWith('/') ? path : `${base.replace(/\/$/, '')}${path}`;

/** A served pathname back to the site path it is (the inverse of withBase). */
export const withoutBase = (pathname: string, base: string): string =>
  base !== '/' && pathname.startsWith(base.replace(/\/$/, ''))
    ? pathname.slice(base.replace(/\/$/, '').length) || '/'
    : pathname;

/** A site path (/changes.rss) as an absolute URL of the site at `site`, its path kept. */
export function atSite(path: string, site: string | URL): URL {
  const root = String(site).endsWith('/') ? String(site) : `${String(site)}/`;
  return new URL(path.replace(/^\/+/, ''), root);
}
