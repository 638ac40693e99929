import type { APIRoute } from 'astro';
import { everyLanguage } from '../../lib/views/context';
import { toCsv } from '../../lib/outputs/export/csv';
import { processorSheet } from '../../lib/outputs/export/rows';
import { CONTENT_TYPES, currentDocument } from '../_downloads';

export const getStaticPaths = everyLanguage;

export const GET = (async (context) => {
  const { doc, t } = await currentDocument(context);
  return new Response(toCsv(processorSheet(doc, t)), {
    headers: { 'Content-Type': CONTENT_TYPES.csv },
  });
}) satisfies APIRoute;
