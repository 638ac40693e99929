import type { APIRoute } from 'astro';
import type { Release } from '../../../lib/releases';
import { CONTENT_TYPES, releasePaths } from '../../_downloads';

export const getStaticPaths = releasePaths;
export const GET = (({ props }) => {
  const { release } = props as { release: Release };
  return new Response(`${JSON.stringify(release.list, null, 2)}\n`, {
    headers: { 'Content-Type': CONTENT_TYPES.json },
  });
}) satisfies APIRoute;
