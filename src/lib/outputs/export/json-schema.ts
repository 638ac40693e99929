/** The JSON Schemas of subprocessors.json and of the discovery document, generated from their zod schemas. */
import { z } from 'astro/zod';
import { discoverySchema } from '../../../schemas/discovery';
import { exportDocumentSchema } from '../../../schemas/export';

export function exportJsonSchema(id: string): object {
  return {
    ...z.toJSONSchema(exportDocumentSchema, { target: 'draft-2020-12' }),
    $id: id,
    title: 'Processor Registry list',
  };
}

export function discoveryJsonSchema(id: string): object {
  return {
    ...z.toJSONSchema(discoverySchema, { target: 'draft-2020-12' }),
    $id: id,
    title: 'Processor Registry discovery document (/.well-known/subprocessors.json)',
  };
}
