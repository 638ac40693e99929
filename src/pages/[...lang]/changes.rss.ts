import type { APIRoute } from 'astro';
import { feedResponse, localePaths } from '../_feeds';

export const getStaticPaths = localePaths;

export const GET = ((context) => feedResponse('rss', context)) satisfies APIRoute;
