import type { APIRoute } from 'astro';
import { translator } from '../../../i18n';
import { toCsv } from '../../../lib/outputs/export/csv';
import { processorSheet } from '../../../lib/outputs/export/rows';
import { CONTENT_TYPES, releasePaths } from '../../_downloads';
import type { Release } from '../../../schemas/release';

export const getStaticPaths = releasePaths;
export const GET = (({ props }) => {
  const { release } = props as { release: Release };
  return new Response(toCsv(processorSheet(release.list, translator('en'))), {
    headers: { 'Content-Type': CONTENT_TYPES.csv },
  });
}) satisfies APIRoute;
