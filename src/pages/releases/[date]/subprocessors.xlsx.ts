import type { APIRoute } from 'astro';
import { translator } from '../../../i18n';
import { listWorkbook } from '../../../lib/outputs/export/xlsx';
import { CONTENT_TYPES, releasePaths } from '../../_downloads';
import type { Release } from '../../../schemas/release';

export const getStaticPaths = releasePaths;
export const GET = (async ({ props }) => {
  const { release } = props as { release: Release };
  return new Response(await listWorkbook(release.list, translator('en')), {
    headers: { 'Content-Type': CONTENT_TYPES.xlsx },
  });
}) satisfies APIRoute;
