/** Small inline content for unit tests of the join and the rules. */
import type { RegistrySource } from '../../src/lib/load/source';
import { buildVocabularies } from '../../src/core/vocabulary';
import { changeSchema } from '../../src/schemas/change';
import { organizationSchema } from '../../src/schemas/organization';
import { processorSchema, type ProcessorData } from '../../src/schemas/processor';

export const organization = organizationSchema.parse({
  schemaVersion: 2,
  legalName: 'Test B.V.',
  tradeName: 'Test',
  address: { street: 'Straat 1', postalCode: '1000 AA', city: 'Amsterdam', country: 'NL' },
  privacyContact: 'privacy@test.example',
  siteUrl: 'https://trust.test.example',
  noticePeriodDays: 30,
  objectionAddress: 'objections@test.example',
});

export function processor(
  id: string,
  overrides: Partial<Record<keyof ProcessorData, unknown>> = {},
) {
  const data = processorSchema.parse({
    name: id.toUpperCase(),
    legalEntity: { name: `${id} Ltd`, country: 'NL' },
    role: 'sub-processor',
    products: ['app'],
    activities: [
      {
        purpose: 'hosting',
        description: 'Hosts.',
        dataCategories: ['ip-address'],
        dataSubjects: ['users'],
        retention: { period: 'P1Y' },
        processing: ['NL'],
        storage: ['NL'],
      },
    ],
    ...overrides,
  });
  return { id, file: `content/processors/${id}.yaml`, data };
}

export function change(id: string, fields: Record<string, unknown>) {
  return {
    id,
    file: `content/changes/${id}.yaml`,
    data: changeSchema.parse({ products: ['app'], summary: 'A change.', ...fields }),
  };
}

export function source(parts: Partial<RegistrySource> = {}): RegistrySource {
  return {
    organization,
    products: [{ id: 'app', data: { name: 'App', description: 'The app.', order: 1 } }],
    processors: [],
    changes: [],
    vocabularies: buildVocabularies(),
    ...parts,
  };
}
