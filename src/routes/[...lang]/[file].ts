// The list in every format, the feeds and the calendar, in every language: src/lib/outputs/formats.ts.
import type { APIRoute } from 'astro';
import { siteFilePaths, siteFileResponse } from '../../lib/views/endpoints';

export const getStaticPaths = siteFilePaths;
export const GET = ((context) => siteFileResponse(context)) satisfies APIRoute;
