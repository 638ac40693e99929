// Each product's feeds and calendar, in every language: src/lib/outputs/formats.ts.
import type { APIRoute } from 'astro';
import { productFilePaths, productFileResponse } from '../../../../lib/views/endpoints';

export const getStaticPaths = productFilePaths;
export const GET = ((context) => productFileResponse(context)) satisfies APIRoute;
