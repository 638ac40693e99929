import type { APIRoute } from 'astro';
import { CONTENT_TYPES, releasePaths } from '../../_downloads';
import type { Release } from '../../../schemas/release';

export const getStaticPaths = releasePaths;
export const GET = (({ props }) => {
  const { release } = props as { release: Release };
  return new Response(`${JSON.stringify(release.list, null, 2)}\n`, {
    headers: { 'Content-Type': CONTENT_TYPES.json },
  });
}) satisfies APIRoute;
