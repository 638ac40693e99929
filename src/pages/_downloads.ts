// Shared by the download endpoints (files starting with _ are not routes).
import type { APIContext, GetStaticPaths } from 'astro';
import type { Translate } from '../i18n';
import { inEveryLocale, pageContext } from '../lib/views/context';
import { exportDocument } from '../lib/outputs/export/document';
import { getRegistry } from '../lib/registry';
import type { ExportDocument } from '../schemas/export';

/** Today's list as data in the endpoint's language, for the endpoint's site URL. */
export async function currentDocument(
  context: APIContext,
): Promise<{ doc: ExportDocument; t: Translate }> {
  const { registry, locale, t } = await pageContext(context.params['lang']);
  return {
    t,
    doc: exportDocument(registry, context.site ?? new URL(context.url.origin), locale, t),
  };
}

export const CONTENT_TYPES = {
  csv: 'text/csv; charset=utf-8; header=present',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  json: 'application/json; charset=utf-8',
  jsonld: 'application/ld+json; charset=utf-8',
};

/** One route per release, with the release as a prop: the recorded files, in the language they were recorded in. */
export const releasePaths = (async () =>
  (await getRegistry()).releases.map((release) => ({
    params: { date: release.date },
    props: { release },
  }))) satisfies GetStaticPaths;

/** A release's page, once per language. */
export const localizedReleasePaths = (() =>
  inEveryLocale(({ registry }) =>
    registry.releases.map((release) => ({ params: { date: release.date }, props: { release } })),
  )) satisfies GetStaticPaths;
