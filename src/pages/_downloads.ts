// Shared by the download endpoints (files starting with _ are not routes).
import type { APIContext, GetStaticPaths } from 'astro';
import { pageContext } from '../lib/context';
import { exportDocument } from '../lib/export/document';
import { getRegistry } from '../lib/registry';
import type { ExportDocument } from '../schemas/export';

/** Today's list as data, for the endpoint's site URL. */
export async function currentDocument(context: APIContext): Promise<{ doc: ExportDocument } & Awaited<ReturnType<typeof pageContext>>> {
  const page = await pageContext();
  return { ...page, doc: exportDocument(page.registry, context.site ?? new URL(context.url.origin), page.t) };
}

export const CONTENT_TYPES = {
  csv: 'text/csv; charset=utf-8; header=present',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  json: 'application/json; charset=utf-8',
  jsonld: 'application/ld+json; charset=utf-8',
};

/** One route per release, with the release as a prop. */
export const releasePaths = (async () => (await getRegistry()).releases.map((release) => ({ params: { date: release.date }, props: { release } }))) satisfies GetStaticPaths;
