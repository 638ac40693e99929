import type { APIRoute } from 'astro';
import { translator } from '../../../i18n';
import { toCsv } from '../../../lib/export/csv';
import { processorSheet } from '../../../lib/export/rows';
import type { Release } from '../../../lib/releases';
import { CONTENT_TYPES, releasePaths } from '../../_downloads';

export const getStaticPaths = releasePaths;
export const GET = (({ props }) => {
  const { release } = props as { release: Release };
  return new Response(toCsv(processorSheet(release.list, translator('en'))), {
    headers: { 'Content-Type': CONTENT_TYPES.csv },
  });
}) satisfies APIRoute;
