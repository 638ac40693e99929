import { describe, expect, it } from 'vitest';
import { BUILT_IN, VOCABULARY_NAMES, buildVocabularies } from '../../src/core/vocabulary';
import { didYouMean } from '../../src/core/suggest';

describe('built-in vocabularies', () => {
  it('give every term an English and a Dutch label, unique codes and well-formed DPV IRIs', () => {
    for (const name of VOCABULARY_NAMES) {
      const codes = BUILT_IN[name].map((t) => t.code);
      expect(new Set(codes).size, name).toBe(codes.length);
      for (const term of BUILT_IN[name]) {
        expect(term.code).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
        expect(term.label.en.length, term.code).toBeGreaterThan(1);
        expect(term.label.nl?.length, term.code).toBeGreaterThan(1);
        if (term.iri)
          expect(term.iri).toMatch(
            /^https:\/\/w3id\.org\/dpv(\/pd|\/legal\/eu\/gdpr)?#[A-Za-z0-9-]+$/,
          );
      }
    }
  });

  it('flag the GDPR Art. 9 and 10 categories as special', () => {
    const special = BUILT_IN.dataCategories.filter((t) => t.special).map((t) => t.code);
    expect(special).toEqual(['health-data', 'biometric-data', 'criminal-data']);
  });
});

describe('buildVocabularies', () => {
  it('adds an author’s own terms to the built-in ones', () => {
    const vocabularies = buildVocabularies({
      dataCategories: [{ code: 'energy-readings', label: { en: 'Energy', nl: 'Energie' } }],
    });
    expect(vocabularies.dataCategories.get('energy-readings')?.label.nl).toBe('Energie');
    expect(vocabularies.dataCategories.has('email-address')).toBe(true);
  });
});

describe('didYouMean', () => {
  it('suggests a close code and stays quiet for a far one', () => {
    expect(didYouMean('email-adress', ['email-address', 'ip-address'])).toBe('email-address');
    expect(didYouMean('sub-procesor', ['sub-processor', 'processor'])).toBe('sub-processor');
    expect(didYouMean('bananas', ['email-address', 'ip-address'])).toBeUndefined();
    expect(didYouMean('x', [])).toBeUndefined();
  });
});

describe('vocabulariesFrom', () => {
  it('merges several files for one vocabulary', async () => {
    const { vocabulariesFrom } = await import('../../src/core/vocabulary');
    const vocabularies = vocabulariesFrom([
      { vocabulary: 'purposes', terms: [{ code: 'a', label: { en: 'A', nl: 'A' } }] },
      { vocabulary: 'purposes', terms: [{ code: 'b', label: { en: 'B', nl: 'B' } }] },
    ]);
    expect(
      vocabularies.purposes.has('a') &&
        vocabularies.purposes.has('b') &&
        vocabularies.purposes.has('hosting'),
    ).toBe(true);
  });
});
