/** Comparing two reads of a vendor's list, and a list with the chain recorded for it. */
import { describe, expect, it } from 'vitest';
import { checkChain, diffLists, nameKey } from '../../src/lib/watch/compare';
import type { ProcessorData } from '../../src/schemas/processor';

const entry = (name: string, extra: Record<string, unknown> = {}) => ({
  name,
  places: [],
  ...extra,
});

describe('diffLists', () => {
  it('matches names as two lists spell them, without their legal form', () => {
    expect(nameKey('Amazon Web Services, Inc.')).toBe(nameKey('Amazon Web Services Inc'));
    const diff = diffLists([entry('Slack, Inc.')], [entry('Slack Inc')]);
    expect(diff).toEqual({ added: [], removed: [], placesAdded: [], changed: [] });
  });

  it('tells apart entries of one name with different legal entities, and sees a change in one', () => {
    const before = [
      entry('Celonis', { entity: 'Celonis SE', places: ['DE'] }),
      entry('Celonis', { entity: 'Celonis, Inc.', places: ['US'] }),
    ];
    const after = [
      entry('Celonis', { entity: 'Celonis SE', places: ['DE', 'CZ'] }),
      entry('Celonis', { entity: 'Celonis, Inc.', places: ['US'] }),
    ];
    expect(diffLists(before, after)).toEqual({
      added: [],
      removed: [],
      placesAdded: [{ name: 'Celonis', places: ['CZ'] }],
      changed: [],
    });
  });

  it('reports entries added and removed, places gone and facts changed', () => {
    const diff = diffLists(
      [entry('A', { places: ['US', 'IE'], purpose: 'Hosting' }), entry('B')],
      [entry('A', { places: ['US'], purpose: 'Hosting and backups' }), entry('C')],
    );
    expect(diff.added.map((e) => e.name)).toEqual(['C']);
    expect(diff.removed.map((e) => e.name)).toEqual(['B']);
    expect(diff.changed).toEqual([
      { name: 'A', field: 'places', from: 'US, IE', to: 'US' },
      { name: 'A', field: 'purpose', from: 'Hosting', to: 'Hosting and backups' },
    ]);
  });
});

describe('checkChain', () => {
  it('names a link the list no longer has, and countries a link does not record', () => {
    const processors = new Map<string, ProcessorData>([
      [
        'aws',
        {
          name: 'Amazon S3',
          legalEntity: { name: 'Amazon Web Services, Inc.', country: 'US' },
        } as ProcessorData,
      ],
    ]);
    const findings = checkChain(
      [
        { processor: 'aws' },
        { name: 'Vultr', countries: ['US'], purpose: 'Hosting' },
        { name: 'HelpScout', countries: ['US'], purpose: 'Support' },
      ],
      [entry('Amazon Web Services Inc.'), entry('Vultr', { places: ['US', 'DE', 'eea'] })],
      processors,
    );
    expect(findings.map(({ index, kind, missing }) => ({ index, kind, missing }))).toEqual([
      { index: 1, kind: 'places', missing: ['DE'] },
      { index: 2, kind: 'not-listed', missing: undefined },
    ]);
  });
});
