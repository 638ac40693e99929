import type { APIRoute } from 'astro';
import { calendarResponse } from './_feeds';

export const GET = ((context) => calendarResponse(context)) satisfies APIRoute;
