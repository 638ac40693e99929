import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../src/i18n';
import { localize, textIn } from '../../src/core/local-text';
import { languageProblems } from '../../src/lib/rules/languages';
import { languageVersions, localePath, pagePath } from '../../src/core/locale-path';
import { contentProblems } from '../../src/lib/rules';
import { localText } from '../../src/schemas/common';
import { organizationSchema } from '../../src/schemas/organization';
import { organization, processor, source } from './fixtures';

const bilingual = { ...organization, locales: ['en', 'nl'] as ('en' | 'nl')[] };

describe('localize', () => {
  it('gives the reader their own language where the author wrote it', () => {
    expect(localize({ en: 'Hosts.', nl: 'Host.' }, 'nl', 'en')).toEqual({
      text: 'Host.',
      lang: 'nl',
      untranslated: false,
    });
    expect(localize({ en: 'Hosts.', nl: 'Host.' }, 'en', 'en')).toEqual({
      text: 'Hosts.',
      lang: 'en',
      untranslated: false,
    });
  });

  it('falls back to the default language, marked untranslated', () => {
    expect(localize({ en: 'Hosts.' }, 'nl', 'en')).toEqual({
      text: 'Hosts.',
      lang: 'en',
      untranslated: true,
    });
    expect(localize('Hosts.', 'nl', 'en')).toEqual({
      text: 'Hosts.',
      lang: 'en',
      untranslated: true,
    });
    expect(localize('Host.', 'nl', 'nl')).toEqual({
      text: 'Host.',
      lang: 'nl',
      untranslated: false,
    });
    expect(localize('Host.', 'en', 'nl')).toEqual({
      text: 'Host.',
      lang: 'nl',
      untranslated: true,
    });
  });

  it('gives plain text for feeds and downloads', () => {
    expect(textIn({ en: 'Hosts.', nl: 'Host.' }, 'nl', 'en')).toBe('Host.');
    expect(textIn(undefined, 'nl', 'en')).toBeUndefined();
  });
});

describe('localText schema', () => {
  it('takes a string or one text per known language', () => {
    expect(localText.parse('Hosts.')).toBe('Hosts.');
    expect(localText.parse({ en: 'Hosts.', nl: 'Host.' })).toEqual({ en: 'Hosts.', nl: 'Host.' });
  });

  it('refuses an unknown language code and an empty text, saying what to write', () => {
    const cases: [unknown, RegExp][] = [
      [
        { de: 'Hostet.' },
        /^"de" is not a language this site can show: write one text per language, \{ en: …, nl: … \}/,
      ],
      [{ en: '' }, /^write some text here$/],
      [{}, /^give the text in at least one language/],
      [42, /^write the text, or one text per language: \{ en: …, nl: … \}$/],
      ['  ', /^write the text, or one text per language/],
    ];
    for (const [bad, message] of cases) {
      const result = localText.safeParse(bad);
      expect(result.success, JSON.stringify(bad)).toBe(false);
      expect(result.error!.issues[0]!.message, JSON.stringify(bad)).toMatch(message);
    }
  });
});

describe('languageProblems', () => {
  it('accepts texts in the site languages that include the default one', () => {
    expect(
      languageProblems(
        { activities: [{ description: { en: 'a', nl: 'b' } }], name: 'S3' },
        LOCALES,
        ['en', 'nl'],
        'en',
      ),
    ).toEqual([]);
  });

  it('names the field of a text without the default language', () => {
    expect(
      languageProblems({ activities: [{ description: { nl: 'b' } }] }, LOCALES, ['en', 'nl'], 'en'),
    ).toEqual([
      {
        field: 'activities[0].description',
        message: expect.stringContaining('give the text in en too'),
      },
    ]);
  });

  it('names a language the site is not published in', () => {
    expect(languageProblems({ summary: { en: 'a', nl: 'b' } }, LOCALES, ['en'], 'en')).toEqual([
      {
        field: 'summary.nl',
        message: expect.stringContaining('add nl to locales in organization.yaml'),
      },
    ]);
  });
});

describe('contentProblems for languages', () => {
  it('reports a text missing the default language with file and field', () => {
    const problems = contentProblems(
      source({
        organization: bilingual,
        processors: [
          processor('host', {
            activities: [
              {
                purpose: 'hosting',
                description: { nl: 'Host.' },
                dataCategories: ['ip-address'],
                dataSubjects: ['users'],
                retention: { period: 'P1Y' },
                processing: ['NL'],
              },
            ],
          }),
        ],
      }),
      '2026-01-01',
    );
    expect(problems).toContainEqual(
      expect.objectContaining({
        level: 'error',
        file: 'content/processors/host.yaml',
        field: 'activities[0].description',
      }),
    );
  });

  it('reports translated notes for an unknown processor or a language the site lacks', () => {
    const problems = contentProblems(
      source({
        organization: bilingual,
        processors: [processor('host')],
        translations: [
          { id: 'nl/processors/host', file: 'content/translations/nl/processors/host.md' },
          { id: 'nl/processors/hots', file: 'content/translations/nl/processors/hots.md' },
          { id: 'de/processors/host', file: 'content/translations/de/processors/host.md' },
          { id: 'en/processors/host', file: 'content/translations/en/processors/host.md' },
        ],
      }),
      '2026-01-01',
    );
    expect(problems.map((p) => p.file)).toEqual([
      'content/translations/nl/processors/hots.md',
      'content/translations/de/processors/host.md',
      'content/translations/en/processors/host.md',
    ]);
  });
});

describe('organization languages', () => {
  it('must list the default language among the languages', () => {
    const result = organizationSchema.safeParse({
      ...organization,
      defaultLocale: 'nl',
      locales: ['en'],
    });
    expect(result.success).toBe(false);
    expect(result.error!.issues[0]).toMatchObject({
      path: ['locales'],
      message: 'list the default language too: locales: [nl, en]',
    });
  });
});

describe('locale paths', () => {
  it('keeps the default language at the root and puts others under their code', () => {
    expect(localePath('/changes/', 'en', 'en')).toBe('/changes/');
    expect(localePath('/changes/', 'nl', 'en')).toBe('/nl/changes/');
    expect(localePath('/', 'en', 'nl')).toBe('/en/');
  });

  it('finds the default-language page of a path, reading only its first segment', () => {
    expect(pagePath('/nl/processors/s3/', ['en', 'nl'], 'en')).toBe('/processors/s3/');
    expect(pagePath('/nl/', ['en', 'nl'], 'en')).toBe('/');
    expect(pagePath('/nl', ['en', 'nl'], 'en')).toBe('/');
    expect(pagePath('/processors/nl-hosting/', ['en', 'nl'], 'en')).toBe('/processors/nl-hosting/');
  });

  it('lists every language version of a page, from any of them', () => {
    const versions = [
      { code: 'en', path: '/browse/country/nl/' },
      { code: 'nl', path: '/nl/browse/country/nl/' },
    ];
    expect(languageVersions('/browse/country/nl/', ['en', 'nl'], 'en')).toEqual(versions);
    expect(languageVersions('/nl/browse/country/nl/', ['en', 'nl'], 'en')).toEqual(versions);
    expect(languageVersions('/nl/', ['nl', 'en'], 'nl')).toEqual([
      { code: 'nl', path: '/nl/' },
      { code: 'en', path: '/en/nl/' },
    ]);
  });
});
