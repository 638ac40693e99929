import type { APIRoute } from 'astro';
import { SCHEMA_PATH } from '../../lib/outputs/export/document';
import { exportJsonSchema } from '../../lib/outputs/export/json-schema';
import { CONTENT_TYPES } from '../_downloads';

export const GET = ((context) => {
  const id = new URL(SCHEMA_PATH, context.site ?? context.url.origin).href;
  return new Response(`${JSON.stringify(exportJsonSchema(id), null, 2)}\n`, {
    headers: { 'Content-Type': CONTENT_TYPES.json },
  });
}) satisfies APIRoute;
