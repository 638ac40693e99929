import type { APIRoute } from 'astro';
import { calendarResponse, localePaths } from '../_feeds';

export const getStaticPaths = localePaths;

export const GET = ((context) => calendarResponse(context)) satisfies APIRoute;
