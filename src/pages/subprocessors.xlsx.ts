import type { APIRoute } from 'astro';
import { changeSheet, processorSheet, transferSheet } from '../lib/export/rows';
import { toXlsx } from '../lib/export/xlsx';
import { CONTENT_TYPES, currentDocument } from './_downloads';

export const GET = (async (context) => {
  const { doc, t } = await currentDocument(context);
  const body = await toXlsx([processorSheet(doc, t), transferSheet(doc, t), changeSheet(doc, t)], {
    title: t('export.title', { name: doc.publisher.tradeName, date: doc.asOf }),
    creator: doc.publisher.legalName,
    date: doc.asOf,
  });
  return new Response(body, { headers: { 'Content-Type': CONTENT_TYPES.xlsx } });
}) satisfies APIRoute;
