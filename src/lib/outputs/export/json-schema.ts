/** The JSON Schema of subprocessors.json, generated from its zod schema. */
import { z } from 'astro/zod';
import { exportDocumentSchema } from '../../../schemas/export';

export function exportJsonSchema(id: string): object {
  return {
    ...z.toJSONSchema(exportDocumentSchema, { target: 'draft-2020-12' }),
    $id: id,
    title: 'Processor Registry list',
  };
}
