import type { APIRoute } from 'astro';
import { translator } from '../../../i18n';
import { changeSheet, processorSheet, transferSheet } from '../../../lib/export/rows';
import { toXlsx } from '../../../lib/export/xlsx';
import type { Release } from '../../../lib/releases';
import { CONTENT_TYPES, releasePaths } from '../../_downloads';

export const getStaticPaths = releasePaths;
export const GET = (async ({ props }) => {
  const { release } = props as { release: Release };
  const t = translator('en');
  const doc = release.list;
  const body = await toXlsx([processorSheet(doc, t), transferSheet(doc, t), changeSheet(doc, t)], {
    title: t('export.title', { name: doc.publisher.tradeName, date: doc.asOf }),
    creator: doc.publisher.legalName,
    date: doc.asOf,
  });
  return new Response(body, { headers: { 'Content-Type': CONTENT_TYPES.xlsx } });
}) satisfies APIRoute;
