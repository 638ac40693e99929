// Shared by the feed and calendar endpoints (files starting with _ are not routes).
import type { APIContext, GetStaticPaths } from 'astro';
import { changesCalendar } from '../lib/outputs/calendar';
import { inEveryLocale, pageContext } from '../lib/views/context';
import {
  FEED_FORMATS,
  atomFeed,
  feedScopes,
  jsonFeed,
  rssFeed,
  type FeedFormat,
} from '../lib/outputs/feeds';

const serializers = { rss: rssFeed, atom: atomFeed, json: jsonFeed };

/** The feed of one format for all changes (no product param) or for one product. */
export async function feedResponse(format: FeedFormat, context: APIContext): Promise<Response> {
  const { registry, locale, t } = await pageContext(context.params['lang']);
  const product = context.params['product'];
  const scope = feedScopes(registry, locale, t).find((s) => s.product === product)!;
  const body = serializers[format](
    registry,
    scope,
    context.site ?? new URL(context.url.origin),
    locale,
    t,
  );
  return new Response(body, {
    headers: { 'Content-Type': `${FEED_FORMATS[format].type}; charset=utf-8` },
  });
}

/** The calendar of all changes or of one product's. */
export async function calendarResponse(context: APIContext): Promise<Response> {
  const { registry, locale, t } = await pageContext(context.params['lang']);
  const product = context.params['product'];
  const scope = feedScopes(registry, locale, t).find((s) => s.product === product)!;
  const body = changesCalendar(
    registry,
    scope.changes,
    `${scope.path}.ics`,
    context.site ?? new URL(context.url.origin),
    locale,
    t,
  );
  return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
}

/** One route per product and language. */
export const productPaths = (() =>
  inEveryLocale(({ registry }) =>
    registry.products.map((p) => ({ params: { product: p.id } })),
  )) satisfies GetStaticPaths;
