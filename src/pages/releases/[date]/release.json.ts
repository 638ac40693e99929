import type { APIRoute } from 'astro';
import { CONTENT_TYPES, releasePaths } from '../../_downloads';
import type { Release } from '../../../schemas/release';

// The frozen release itself, with its hashes, so anyone can verify the chain.
export const getStaticPaths = releasePaths;
export const GET = (({ props }) => {
  const { release } = props as { release: Release };
  return new Response(`${JSON.stringify(release, null, 2)}\n`, {
    headers: { 'Content-Type': CONTENT_TYPES.json },
  });
}) satisfies APIRoute;
