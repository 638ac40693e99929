import type { APIRoute } from 'astro';
import { everyLanguage } from '../../lib/views/context';
import { listWorkbook } from '../../lib/outputs/export/xlsx';
import { CONTENT_TYPES, currentDocument } from '../_downloads';

export const getStaticPaths = everyLanguage;

export const GET = (async (context) => {
  const { doc, t } = await currentDocument(context);
  return new Response(await listWorkbook(doc, t), {
    headers: { 'Content-Type': CONTENT_TYPES.xlsx },
  });
}) satisfies APIRoute;
