import type { APIRoute } from 'astro';
import { calendarResponse, productPaths } from '../../../_feeds';

export const getStaticPaths = productPaths;
export const GET = ((context) => calendarResponse(context)) satisfies APIRoute;
