import type { APIRoute } from 'astro';
import { feedResponse } from './_feeds';

export const GET = ((context) => feedResponse('json', context)) satisfies APIRoute;
