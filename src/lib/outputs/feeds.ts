/** RSS 2.0, Atom 1.0 and JSON Feed 1.1 of change announcements, for all products or one. */
import { atSite } from '../../core/site-path';
import { Feed } from 'feed';
import { generateJsonFeed } from 'feedsmith';
import type { Translate } from '../../i18n';
import { announcement, type Announcement } from '../words/announcement';
import { textIn } from '../../core/local-text';
import { localePath } from '../../core/locale-path';
import type { ChangeView, Registry } from '../model/model';
import type { Locale } from '../../i18n';
import { CHANGE_FORMATS, changeUrl, FEED_FORMATS, FEED_ITEMS } from './formats';
import { htmlText, toJson, xmlSafe } from './text';
import { once } from '../../core/once';

export interface FeedScope {
  /** A product id, or undefined for all changes. */
  product?: string | undefined;
  title: string;
  /** Path of the feed without extension, e.g. /changes or /products/websites/changes. */
  path: string;
  changes: ChangeView[];
}

/**
 * The feeds in `locale`: all changes, then one per product, each with its newest FEED_ITEMS
 * changes; `withChanges: false` skips collecting the items.
 */
export const feedScopes = (
  registry: Registry,
  locale: Locale,
  t: Translate,
  { withChanges = true } = {},
): FeedScope[] =>
  once(registry, `feeds ${locale} ${withChanges}`, () =>
    makeFeedScopes(registry, locale, t, withChanges),
  );

function makeFeedScopes(
  registry: Registry,
  locale: Locale,
  t: Translate,
  withChanges: boolean,
): FeedScope[] {
  const { tradeName: name, defaultLocale } = registry.organization;
  return [
    {
      title: t('feed.title', { name }),
      path: localePath('/changes', locale, defaultLocale),
      changes: withChanges ? registry.changes.slice(0, FEED_ITEMS) : [],
    },
    ...registry.products.map((product) => ({
      product: product.id,
      title: t('feed.titleProduct', { name, product: textIn(product.name, locale, defaultLocale) }),
      path: localePath(`/products/${product.id}/changes`, locale, defaultLocale),
      changes: withChanges
        ? registry.changes.filter((c) => c.products.includes(product.id)).slice(0, FEED_ITEMS)
        : [],
    })),
  ];
}

type ChangeFormatId = (typeof CHANGE_FORMATS)[number]['id'];

/** The URL of one of a scope's files, e.g. its Atom feed, which is also the feed's id. */
const link = (scope: FeedScope, id: ChangeFormatId, site: URL) =>
  changeUrl(
    scope.path,
    CHANGE_FORMATS.find((f) => f.id === id)!,
    site,
  );

const asDate = (day: string) => new Date(`${day}T00:00:00Z`);

interface Prepared {
  scope: FeedScope;
  site: URL;
  items: { change: ChangeView; text: Announcement }[];
  updated: string;
}

/** A scope's items in words, once for its three feeds. */
const prepare = (
  registry: Registry,
  scope: FeedScope,
  site: URL,
  locale: Locale,
  t: Translate,
): Prepared =>
  once(scope, `prepared ${site.href}`, () => makePrepared(registry, scope, site, locale, t));

function makePrepared(
  registry: Registry,
  scope: FeedScope,
  site: URL,
  locale: Locale,
  t: Translate,
): Prepared {
  const items = scope.changes.map((change) => ({
    change,
    text: announcement(registry, change, site, locale, t),
  }));
  // The newest item dates the feed, so rebuilding unchanged content gives an identical feed.
  const updated =
    items
      .map((i) => i.text.updated)
      .sort()
      .at(-1) ?? registry.today;
  return { scope, site, items, updated };
}

/**
 * The text of an element the feed library escapes. Its XML writer reads `&amp;` back as `&` before
 * escaping (so that the library's own escaped values are not escaped twice): every `&` is given
 * to it that way, or a literal "&amp;" would come out as "&".
 */
const escapedByLibrary = (text: string) => text.replace(/&/g, '&amp;');

/**
 * How each format's elements read their text. Atom says: the feed's title, subtitle and rights
 * are plain text, the items' title and summary (written in CDATA) type="html". RSS does not say,
 * and readers take any text that looks like HTML for HTML (feedparser drops a "</summary>" in a
 * title, reads "&lt;" as "<"): every RSS text is written as HTML.
 */
const TEXTS = {
  rss: { plain: (text: string) => escapedByLibrary(htmlText(text)), html: htmlText },
  atom: { plain: (text: string) => escapedByLibrary(xmlSafe(text)), html: htmlText },
};

function xmlFeed(
  { scope, site, items, updated }: Prepared,
  registry: Registry,
  locale: Locale,
  t: Translate,
  format: keyof typeof TEXTS,
): Feed {
  const self = (id: ChangeFormatId) => link(scope, id, site);
  const { legalName } = registry.organization;
  const { plain, html } = TEXTS[format];
  const feed = new Feed({
    id: self('atom'),
    title: plain(scope.title),
    description: plain(t('feed.description', { name: legalName })),
    link: atSite(localePath('/changes/', locale, registry.organization.defaultLocale), site).href,
    language: locale,
    updated: asDate(updated),
    generator: 'Processor Registry',
    copyright: plain(legalName),
    feedLinks: Object.fromEntries(FEED_FORMATS.map((f) => [f.id, self(f.id)])),
    author: { name: plain(legalName), email: registry.organization.privacyContact },
  });
  for (const { change, text } of items) {
    feed.addItem({
      id: text.url,
      guid: text.url,
      link: text.url,
      title: html(text.title),
      description: html(text.text),
      date: asDate(text.updated),
      published: asDate(change.announced),
      category: [
        { name: change.type, term: change.type },
        ...change.products.map((p) => ({ name: p, term: p })),
      ],
    });
  }
  return feed;
}

export function rssFeed(
  registry: Registry,
  scope: FeedScope,
  site: URL,
  locale: Locale,
  t: Translate,
): string {
  return xmlFeed(prepare(registry, scope, site, locale, t), registry, locale, t, 'rss').rss2();
}

export function atomFeed(
  registry: Registry,
  scope: FeedScope,
  site: URL,
  locale: Locale,
  t: Translate,
): string {
  // The feed library writes no xml:lang; readers use it for the texts' language.
  return xmlFeed(prepare(registry, scope, site, locale, t), registry, locale, t, 'atom')
    .atom1()
    .replace(/<feed xmlns="http:\/\/www\.w3\.org\/2005\/Atom"/, `$& xml:lang="${locale}"`);
}

/** JSON Feed 1.1 (feedsmith; the feed library only writes version 1), with our own extension per item. */
export function jsonFeed(
  registry: Registry,
  scope: FeedScope,
  site: URL,
  locale: Locale,
  t: Translate,
): string {
  const { items } = prepare(registry, scope, site, locale, t);
  const feed = {
    title: scope.title,
    home_page_url: atSite(
      localePath('/changes/', locale, registry.organization.defaultLocale),
      site,
    ).href,
    feed_url: link(scope, 'json', site),
    description: t('feed.description', { name: registry.organization.legalName }),
    language: locale,
    authors: [{ name: registry.organization.legalName, url: site.href }],
    items: items.map(({ change, text }) => ({
      id: text.url,
      url: text.url,
      title: text.title,
      content_text: text.text,
      summary: textIn(change.summary, locale, registry.organization.defaultLocale),
      date_published: asDate(change.announced),
      date_modified: asDate(text.updated),
      tags: [change.type, ...change.products],
      _processor_registry: {
        about: 'https://jsonfeed.org/version/1.1#extensions',
        change_id: change.id,
        type: change.type,
        state: change.state,
        processors: change.processors,
        replaces: change.replaces ?? [],
        products: change.products,
        announced: change.announced,
        effective: change.effective,
        // null where customers cannot object (no_objection says why: listed, or role).
        objection_deadline: change.objectionDeadline ?? null,
        objection_address:
          change.objectionDeadline === undefined ? null : registry.organization.objectionAddress,
        no_objection: change.noObjection ?? null,
        emergency:
          textIn(change.emergency?.justification, locale, registry.organization.defaultLocale) ??
          null,
        withdrawn: change.withdrawn
          ? {
              on: change.withdrawn.on,
              reason: textIn(change.withdrawn.reason, locale, registry.organization.defaultLocale),
            }
          : null,
      },
    })),
  };
  return toJson(generateJsonFeed(feed, { lenient: true }));
}
