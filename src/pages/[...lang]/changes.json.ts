import type { APIRoute } from 'astro';
import { everyLanguage } from '../../lib/views/context';
import { feedResponse } from '../_feeds';

export const getStaticPaths = everyLanguage;

export const GET = ((context) => feedResponse('json', context)) satisfies APIRoute;
