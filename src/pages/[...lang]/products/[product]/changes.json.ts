import type { APIRoute } from 'astro';
import { feedResponse, productPaths } from '../../../_feeds';

export const getStaticPaths = productPaths;
export const GET = ((context) => feedResponse('json', context)) satisfies APIRoute;
