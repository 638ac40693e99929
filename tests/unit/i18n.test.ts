import { describe, expect, it } from 'vitest';
import { dictionaries, translator } from '../../src/i18n';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('dictionaries', () => {
  it('have every key in every language, with the same placeholders and no empty string', () => {
    const english = Object.keys(dictionaries.en).sort();
    for (const [locale, dictionary] of Object.entries(dictionaries)) {
      expect(Object.keys(dictionary).sort(), locale).toEqual(english);
      for (const key of english) {
        const text = dictionary[key as keyof typeof dictionary];
        expect(text.trim(), `${locale} ${key}`).not.toBe('');
        expect(placeholders(text), `${locale} ${key}`).toEqual(
          placeholders(dictionaries.en[key as keyof typeof dictionaries.en]),
        );
      }
    }
  });

  it('fill in placeholders in Dutch too', () => {
    expect(translator('nl')('change.objectOpen', { deadline: '10 december 2026' })).toBe(
      'U kunt tot en met 10 december 2026 bezwaar maken tegen deze wijziging.',
    );
  });
});
