import { describe, expect, it } from 'vitest';
import { diffLists } from '../../src/lib/outputs/releases';
import type { ExportDocument } from '../../src/schemas/export';

const list = (iri: string, label: string, purpose = 'hosting'): ExportDocument =>
  ({
    publisher: {
      legalName: 'P',
      tradeName: 'P',
      siteUrl: 'https://p.example',
      privacyContact: 'a@p.example',
      objectionAddress: 'a@p.example',
    },
    asOf: '2026-01-01',
    changes: [],
    processors: [
      { id: 'host', name: 'Host', activities: [{ purpose: { code: purpose, label, iri } }] },
    ],
  }) as unknown as ExportDocument;

describe('diffLists', () => {
  it('compares vocabulary terms by code, not by the label or DPV IRI that describe it', () => {
    const relabelled = diffLists(
      list('https://w3id.org/dpv#ServiceProvision', 'Hosting'),
      list('https://w3id.org/dpv#TechnicalServiceProvision', 'Hosting and infrastructure'),
    );
    expect(relabelled.changed).toEqual([]);
    const changed = diffLists(list('x', 'Hosting'), list('x', 'Backups', 'backup'));
    expect(changed.changed.map((c) => c.fields)).toEqual([['activities']]);
  });
});
