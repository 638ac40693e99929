// The words the search shows for its filters' codes, in every language: src/lib/views/facets.ts.
import type { APIRoute } from 'astro';
import { everyLanguage } from '../../../lib/views/context';
import { searchLabelsResponse } from '../../../lib/views/endpoints';

export const getStaticPaths = everyLanguage;
export const GET = ((context) => searchLabelsResponse(context)) satisfies APIRoute;
