// Shared by the download endpoints (files starting with _ are not routes).
import type { APIContext, GetStaticPaths } from 'astro';
import { translator, type Translate } from '../i18n';
import { pageContext } from '../lib/context';
import { exportDocument } from '../lib/export/document';
import { getRegistry } from '../lib/registry';
import type { ExportDocument } from '../schemas/export';

/** Today's list as data, for the endpoint's site URL; downloads are in English for now, whatever the site's language. */
export async function currentDocument(context: APIContext): Promise<{ doc: ExportDocument; t: Translate }> {
  const { registry } = await pageContext();
  const t = translator('en');
  return { t, doc: exportDocument(registry, context.site ?? new URL(context.url.origin), t) };
}

export const CONTENT_TYPES = {
  csv: 'text/csv; charset=utf-8; header=present',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  json: 'application/json; charset=utf-8',
  jsonld: 'application/ld+json; charset=utf-8',
};

/** One route per release, with the release as a prop. */
export const releasePaths = (async () => (await getRegistry()).releases.map((release) => ({ params: { date: release.date }, props: { release } }))) satisfies GetStaticPaths;
