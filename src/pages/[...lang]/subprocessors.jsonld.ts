import type { APIRoute } from 'astro';
import { everyLanguage } from '../../lib/views/context';
import { toJsonLd } from '../../lib/outputs/export/jsonld';
import { CONTENT_TYPES, currentDocument } from '../_downloads';

export const getStaticPaths = everyLanguage;

export const GET = (async (context) => {
  const { doc } = await currentDocument(context);
  return new Response(`${JSON.stringify(toJsonLd(doc), null, 2)}\n`, {
    headers: { 'Content-Type': CONTENT_TYPES.jsonld },
  });
}) satisfies APIRoute;
