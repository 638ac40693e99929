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

  it('says when only the law tables changed: a decision cited anew is no change of the list', () => {
    const withTransfer = (
      version: string | undefined,
      decision: string,
      mechanisms = ['adequacy'],
    ): ExportDocument => {
      const doc = list('x', 'Hosting');
      return {
        ...doc,
        lawTableVersion: version,
        processors: doc.processors.map((p) => ({
          ...p,
          transfers: [
            {
              country: 'GB',
              region: 'adequate',
              mechanisms: mechanisms.map((code) => ({ code, label: code })),
              decisions: [
                { regime: 'eu', id: decision, citation: decision, url: 'u', challenges: [] },
              ],
            },
          ],
        })),
      } as unknown as ExportDocument;
    };
    const renewed = diffLists(
      withTransfer('2025-06-01', 'eu-gb-2021'),
      withTransfer('2026-12-04', 'eu-gb-2025-renewed'),
    );
    expect(renewed.changed).toEqual([]);
    expect(renewed.lawOnly.map((p) => p.id)).toEqual(['host']);
    expect(renewed.law).toEqual({ before: '2025-06-01', after: '2026-12-04' });
    // A list released before the version was recorded.
    expect(diffLists(withTransfer(undefined, 'a'), withTransfer('2026-12-04', 'a')).law).toEqual({
      before: undefined,
      after: '2026-12-04',
    });
    // The same version and the same facts: nothing to say.
    const same = diffLists(withTransfer('2026-12-04', 'a'), withTransfer('2026-12-04', 'a'));
    expect([same.law, same.lawOnly, same.changed]).toEqual([undefined, [], []]);
    // A mechanism the publisher changed is a change, whatever the law did.
    const both = diffLists(
      withTransfer('2025-06-01', 'eu-gb-2021'),
      withTransfer('2026-12-04', 'eu-gb-2025-renewed', ['scc']),
    );
    expect(both.changed.map((c) => c.fields)).toEqual([['transfers']]);
    expect(both.lawOnly).toEqual([]);
  });
});
