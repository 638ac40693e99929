import type { APIRoute } from 'astro';
import { feedResponse } from './_feeds';

export const GET = ((context) => feedResponse('rss', context)) satisfies APIRoute;
