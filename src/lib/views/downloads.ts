/** Links to the files src/lib/outputs/formats.ts declares, as pages show them. */
import type { Translate } from '../../i18n';
import type { Organization } from '../../schemas/organization';
import type { RecordedRelease } from '../../schemas/release';
import { noticeDays } from '../model/notice';
import { feedScopes, type FeedScope } from '../outputs/feeds';
import { activityFileHeaders, processorHeaders } from '../outputs/export/rows';
import { subscriptionMailto } from '../words/mailto';
import { productNames } from '../words/names';
import {
  CHANGE_FORMATS,
  FEED_FORMATS,
  LIST_FORMATS,
  RELEASE_FORMATS,
  RELEASE_RECORD,
  RELEASE_TIMESTAMP,
  SCHEMA_FILE,
  type ChangeFormat,
} from '../outputs/formats';
import type { PageContext } from './context';
import { atSite } from '../../core/site-path';

export interface FileLink {
  href: string;
  label: string;
  /** Offered for download rather than opened in the browser. */
  download: boolean;
  /** The JSON Schema that describes it, where one does. */
  schema?: { href: string; label: string } | undefined;
}

/** The list in every format, in the page's language, for the downloads block. */
export const listDownloads = ({ href, link, t }: PageContext): FileLink[] =>
  LIST_FORMATS.map((f) => ({
    href: href(`/${f.file}`),
    label: t(f.label),
    download: f.attachment,
    schema:
      'withSchema' in f
        ? { href: link(SCHEMA_FILE.path), label: t('downloads.schema') }
        : undefined,
  }));

/** The formats a processor page offers beside the facts. */
export const processorPageDownloads = (context: PageContext): FileLink[] =>
  listDownloads(context)
    .filter((_, i) => LIST_FORMATS[i]!.onProcessorPage)
    .map(({ schema: _schema, ...link }) => link);

/** A release's files: the list in each recorded format, the release record, and its time-stamp token. */
export const releaseLinks = (
  release: RecordedRelease,
  t: Translate,
  link: (path: string) => string,
): FileLink[] => [
  ...RELEASE_FORMATS.map((f) => ({
    href: link(`/releases/${release.date}/${f.file}`),
    label: f.short,
    download: f.attachment,
  })),
  {
    href: link(`/releases/${release.date}/${RELEASE_RECORD.file}`),
    label: t(RELEASE_RECORD.label),
    download: false,
  },
  ...(release.timestamp
    ? [
        {
          href: link(`/releases/${release.date}/${RELEASE_TIMESTAMP.file}`),
          label: t(RELEASE_TIMESTAMP.label),
          download: true,
        },
      ]
    : []),
];

/** A scope's feeds (RSS, Atom, JSON Feed) or its calendar, each with its path and name. */
export const changeLinks = (scope: FeedScope, kind: ChangeFormat['kind'], t: Translate) =>
  (kind === 'feed' ? FEED_FORMATS : CHANGE_FORMATS.filter((f) => f.kind === kind)).map((f) => ({
    path: `${scope.path}.${f.extension}`,
    type: f.type,
    label: t(f.label),
  }));

/** The subscribe page: each scope (all products, then each product) with its feeds and its calendar. */
export function subscriptions({ registry, locale, t, link: served }: PageContext, site: URL) {
  const link = (path: string) => ({ href: served(path), url: atSite(path, site).href });
  return {
    feedNames: FEED_FORMATS.map((f) => t(f.label)),
    scopes: feedScopes(registry, locale, t).map((scope) => ({
      label: scope.product
        ? productNames(registry, [scope.product], locale)[0]!
        : t('subscribe.all'),
      feeds: changeLinks(scope, 'feed', t).map(({ path }) => link(path)),
      calendars: changeLinks(scope, 'calendar', t).map(({ path }) => link(path)),
    })),
  };
}

/** The subscribe page's e-mail requests: one for every product, then one per product. */
export function emailSubscriptions(context: PageContext): { label: string; href: string }[] {
  const { registry, locale, t } = context;
  return [
    {
      label: `${t('subscribe.emailAsk')}: ${t('subscribe.all')}`,
      href: subscriptionMailto(registry, undefined, locale, t),
    },
    ...registry.products.map((product) => ({
      label: `${t('subscribe.emailAsk')}: ${context.text(product.name)}`,
      href: subscriptionMailto(registry, [product.id], locale, t),
    })),
  ];
}

/** What the downloads page says of each file: its link, what it holds and, for a CSV, its columns. */
export function downloadsPage(
  context: PageContext,
): { link: FileLink; about: string; columns?: string[] }[] {
  const { t } = context;
  const about: Record<(typeof LIST_FORMATS)[number]['id'], string> = {
    csv: t('downloads.csvAbout'),
    activities: t('downloads.activitiesAbout'),
    xlsx: t('downloads.xlsxAbout'),
    json: t('downloads.jsonAbout'),
    jsonld: t('downloads.jsonldAbout'),
  };
  return listDownloads(context).map((link, i) => {
    const format = LIST_FORMATS[i]!;
    return {
      link,
      about: about[format.id],
      ...(format.id === 'csv' ? { columns: processorHeaders(t) } : {}),
      ...(format.id === 'activities' ? { columns: activityFileHeaders(t) } : {}),
    };
  });
}

/**
 * What /subscribe/ promises of notice, built from organization.yaml: the days where it gives a
 * number, that it promises no minimum where it says none, nothing where it does not say.
 */
export function noticePromise(organization: Organization, t: Translate): string | undefined {
  const days = noticeDays(organization);
  if (days !== undefined) return t('subscribe.notice', { days });
  return organization.noticePeriodDays === 'none' ? t('subscribe.noNotice') : undefined;
}
