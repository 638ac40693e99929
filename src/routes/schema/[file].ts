// The JSON Schema of the list's JSON: src/lib/outputs/formats.ts.
import type { APIRoute } from 'astro';
import { schemaFilePaths, schemaFileResponse } from '../../lib/views/endpoints';

export const getStaticPaths = schemaFilePaths;
export const GET = ((context) => schemaFileResponse(context)) satisfies APIRoute;
