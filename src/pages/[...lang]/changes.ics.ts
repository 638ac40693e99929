import type { APIRoute } from 'astro';
import { everyLanguage } from '../../lib/views/context';
import { calendarResponse } from '../_feeds';

export const getStaticPaths = everyLanguage;

export const GET = ((context) => calendarResponse(context)) satisfies APIRoute;
