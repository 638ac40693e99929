/** Reading a company's own list: layouts, periods and countries as people write them. */
import { describe, expect, it } from 'vitest';
import {
  countryFrom,
  listLayout,
  retentionFromFreeText,
} from '../../src/lib/authoring/import-list';

describe('retentionFromFreeText', () => {
  it.each([
    ['26 months', { period: 'P26M' }],
    ['26 maanden', { period: 'P26M' }],
    ['7 jaar', { period: 'P7Y' }],
    ['1 jaar na verwijdering', { period: 'P1Y', after: 'deletion-by-user' }],
    ['30 dagen na einde contract', { period: 'P30D', after: 'end-of-contract' }],
    ['up to 24 hours', { upTo: 'PT24H' }],
    ['Maximaal 6 maanden', { upTo: 'P6M' }],
    ['90 days after the end of the contract', { period: 'P90D', after: 'end-of-contract' }],
  ])('reads "%s"', (text, expected) => expect(retentionFromFreeText(text)).toEqual(expected));

  it.each(['a few years', '1 jaar na de koffie', 'forever'])('does not guess "%s"', (text) =>
    expect(retentionFromFreeText(text)).toBeUndefined(),
  );
});

describe('listLayout and countryFrom', () => {
  it('knows the columns of common published lists, in English and Dutch', () => {
    expect(listLayout(['Entity name', 'Purpose', 'Location'])).toEqual([
      'entity',
      'purpose',
      'country',
    ]);
    expect(listLayout(['Sub-processor', 'Services', 'Country', 'Safeguard'])).toEqual([
      'name',
      'purpose',
      'country',
      'safeguard',
    ]);
    expect(
      listLayout(['Naam', 'Doel', 'Persoonsgegevens', 'Land', 'Bewaartermijn', 'Opmerking']),
    ).toEqual(['name', 'purpose', 'data', 'country', 'retention', undefined]);
  });

  it('reads country names and codes, and not regions', () => {
    expect(['Verenigde Staten', 'USA', 'de', 'United Kingdom', 'EU'].map(countryFrom)).toEqual([
      'US',
      'US',
      'DE',
      'GB',
      undefined,
    ]);
  });
});
