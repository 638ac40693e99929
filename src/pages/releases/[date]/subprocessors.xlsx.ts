import type { APIRoute } from 'astro';
import { translator } from '../../../i18n';
import { listWorkbook } from '../../../lib/export/xlsx';
import type { Release } from '../../../lib/releases';
import { CONTENT_TYPES, releasePaths } from '../../_downloads';

export const getStaticPaths = releasePaths;
export const GET = (async ({ props }) => {
  const { release } = props as { release: Release };
  return new Response(await listWorkbook(release.list, translator('en')), {
    headers: { 'Content-Type': CONTENT_TYPES.xlsx },
  });
}) satisfies APIRoute;
