import { describe, expect, it } from 'vitest';
import { translator } from '../../src/i18n';
import {
  formatCountries,
  formatDate,
  formatDuration,
  formatList,
  formatRetention,
  inSentence,
  termLabels,
} from '../../src/lib/words/format';
import { buildVocabularies } from '../../src/core/vocabulary';
import { chainCountriesText } from '../../src/lib/words/chain';
import { mailtoUrl } from '../../src/lib/words/mailto';
import { impossibleDates } from '../../src/lib/rules/files';
import { isRealDate } from '../../src/core/dates';

const t = translator('en');

describe('format', () => {
  it('writes dates out in full', () => {
    expect(formatDate('2026-12-15', 'en')).toBe('15 December 2026');
    expect(formatDate('2026-12-15', 'nl')).toBe('15 december 2026');
  });

  it('writes durations and retention periods in words', () => {
    expect(formatDuration('P1Y', 'en')).toBe('1 year');
    expect(formatDuration('P45D', 'en')).toBe('45 days');
    expect(formatRetention({ period: 'P1Y', after: 'deletion-by-user' }, 'en', t)).toBe(
      '1 year after deletion by the user',
    );
    expect(formatRetention({ upTo: 'P1D' }, 'en', t)).toBe('Up to 1 day');
    expect(formatRetention('not-specified', 'en', t)).toBe('Not disclosed by the vendor');
    expect(formatRetention('not-disclosed', 'en', t)).toBe('Not disclosed by the vendor');
    expect(formatRetention({ notDisclosed: 'Asked on 2026-11-02.' }, 'en', t)).toBe(
      'Not disclosed by the vendor',
    );
  });

  it('names countries and joins them', () => {
    expect(formatCountries(['IE', 'US'], 'en')).toBe('Ireland and United States');
  });

  it('joins lists whatever characters the items hold, remembered by the exact items', () => {
    expect(formatList(['a\u0001b'], 'en')).toBe('a\u0001b');
    expect(formatList(['a', 'b'], 'en')).toBe('a and b');
    expect(formatList(['a', 'b'], 'nl')).toBe('a en b');
  });
});

describe('mailtoUrl', () => {
  it('encodes subject and body so a mail client reads them back exactly', () => {
    const url = mailtoUrl({
      to: 'objections@a.example',
      subject: 'Objection: A & B?',
      body: 'Line 1\nLine 2 = 100%',
    });
    expect(url.startsWith('mailto:objections@a.example?subject=')).toBe(true);
    const params = new URL(url).searchParams;
    expect(params.get('subject')).toBe('Objection: A & B?');
    expect(params.get('body')).toBe('Line 1\r\nLine 2 = 100%');
    expect(url).not.toContain('+');
  });

  it('survives text no URL can encode: a lone surrogate becomes U+FFFD, every line ends in CRLF', () => {
    const params = new URL(
      mailtoUrl({ to: 'o@a.example', subject: 'A \ud800 B', body: 'one\rtwo\r\nthree\nfour' }),
    ).searchParams;
    expect(params.get('subject')).toBe('A \ufffd B');
    expect(params.get('body')).toBe('one\r\ntwo\r\nthree\r\nfour');
  });
});

describe('impossibleDates', () => {
  it('finds dates that do not exist, which YAML would roll over to the next month', () => {
    expect(isRealDate('2024-02-29')).toBe(true);
    expect(isRealDate('2025-02-29')).toBe(false);
    expect(impossibleDates('announced: 2025-11-31\neffective: 2026-01-01\n', 'c.yaml')).toEqual([
      { field: 'announced', value: '2025-11-31' },
    ]);
    expect(
      impossibleDates(
        '---\ntransfers:\n  - dpfVerifiedOn: 2026-04-31\n---\nBody 2026-13-01',
        'p.md',
      ),
    ).toEqual([{ field: 'transfers[0].dpfVerifiedOn', value: '2026-04-31' }]);
  });

  it('finds them quoted too, and a file of real dates only is passed without parsing', () => {
    expect(impossibleDates("announced: '2025-06-31'\n", 'c.yaml')).toEqual([
      { field: 'announced', value: '2025-06-31' },
    ]);
    expect(impossibleDates('announced: 2025-06-30\nsummary: "on 2025-07-01"\n', 'c.yaml')).toEqual(
      [],
    );
    // A broken file with real dates only is left to the content loader, which names the syntax error.
    expect(impossibleDates('announced: [2025-06-30\n', 'c.yaml')).toEqual([]);
  });
});

describe('reading retention back from words (import)', async () => {
  const { durationFromWords, retentionFromText } = await import('../../src/lib/authoring/import');
  it('turns the words the export writes into durations again', () => {
    expect(durationFromWords('1 year')).toBe('P1Y');
    expect(durationFromWords('14 months')).toBe('P14M');
    expect(durationFromWords('24 hours')).toBe('PT24H');
    expect(durationFromWords('1 year, 2 months')).toBe('P1Y2M');
    expect(durationFromWords('a few hours')).toBeUndefined();
    expect(retentionFromText('1 year after deletion by the user', t)).toEqual({
      period: 'P1Y',
      after: 'deletion-by-user',
    });
    expect(retentionFromText('Up to 6 weeks', t)).toEqual({ upTo: 'P6W' });
    expect(
      retentionFromText('7 years after the end of the financial year (statutory retention)', t),
    ).toEqual({ period: 'P7Y', after: 'end-of-financial-year', basis: 'statutory retention' });
    expect(retentionFromText('Not specified', t)).toBe('not-disclosed');
    expect(retentionFromText('Not disclosed by the vendor', t)).toBe('not-disclosed');
    expect(retentionFromText('until we feel like it', t)).toBeUndefined();
  });

  it('reads them in Dutch too, with the words Intl writes them in', async () => {
    const nl = (await import('../../src/i18n')).translator('nl');
    expect(durationFromWords('1 jaar en 2 maanden', 'nl')).toBe('P1Y2M');
    expect(durationFromWords('24 uur', 'nl')).toBe('PT24H');
    expect(durationFromWords('45 dagen', 'nl')).toBe('P45D');
    expect(durationFromWords('1 year', 'nl')).toBeUndefined();
    expect(durationFromWords('enkele uren', 'nl')).toBeUndefined();
    expect(retentionFromText('1 jaar na verwijdering door de gebruiker', nl, 'nl')).toEqual({
      period: 'P1Y',
      after: 'deletion-by-user',
    });
    expect(retentionFromText('Hoogstens 6 weken', nl, 'nl')).toEqual({ upTo: 'P6W' });
    expect(retentionFromText('Niet opgegeven', nl, 'nl')).toBe('not-disclosed');
    expect(retentionFromText('Niet bekendgemaakt door de leverancier', nl, 'nl')).toBe(
      'not-disclosed',
    );
  });
});

describe('small helpers the templates call', async () => {
  const { activityCountries } = await import('../../src/lib/views/processor');
  const { previousRelease } = await import('../../src/lib/outputs/releases');
  const { displayPath } = await import('../../src/core/display-path');
  it('list an activity’s countries once, processing first', () => {
    expect(activityCountries({ processing: ['IE', 'US'], storage: ['IE', 'DE'] } as never)).toEqual(
      ['IE', 'US', 'DE'],
    );
  });
  it('find the release before a date', () => {
    const releases = [{ date: '2024-01-01' }, { date: '2026-01-01' }, { date: '2025-01-01' }];
    expect(previousRelease(releases, '2026-01-01')).toEqual({ date: '2025-01-01' });
    expect(previousRelease(releases, '2024-01-01')).toBeUndefined();
  });
  it('show paths inside the project relative, outside absolute', () => {
    expect(displayPath('/p/content/a.yaml', '/p')).toBe('content/a.yaml');
    expect(displayPath('/tmp/x/a.yaml', '/p')).toBe('/tmp/x/a.yaml');
  });
});

describe('labels inside a sentence', () => {
  it('writes common nouns in lower case after the first, and keeps names and abbreviations', () => {
    expect(inSentence('Content of messages', 'en')).toBe('content of messages');
    expect(inSentence('IP address', 'en')).toBe('IP address');
    expect(inSentence('E-mail address', 'en')).toBe('e-mail address');
    const vocabularies = buildVocabularies();
    expect(
      termLabels(vocabularies, 'dataCategories', ['ip-address', 'name', 'customer-content'], 'en'),
    ).toEqual(['IP address', 'name', 'all customer data in the application']);
    expect(termLabels(vocabularies, 'dataCategories', ['name', 'ip-address'], 'nl')).toEqual([
      'Naam',
      'IP-adres',
    ]);
    // An author's own term may hold a brand: it keeps its capitals.
    const own = buildVocabularies({
      dataCategories: [{ code: 'ga-data', label: { en: 'Google Analytics data' } }],
    });
    expect(termLabels(own, 'dataCategories', ['name', 'ga-data'], 'en')).toEqual([
      'Name',
      'Google Analytics data',
    ]);
    // Certifications are names: they keep their capitals wherever they stand.
    expect(termLabels(vocabularies, 'certifications', ['iso-27001', 'dpf'], 'en').at(-1)).toMatch(
      /^\p{Lu}/u,
    );
  });
});

describe('chainCountriesText', () => {
  it('says of each country only what the list can: EEA, adequacy, or that no safeguard is recorded', () => {
    const t = translator('en');
    expect(
      chainCountriesText(
        [
          { country: 'IE', region: 'eea' },
          { country: 'US', region: undefined },
        ],
        'en',
        t,
      ),
    ).toBe(
      'Ireland (EEA); United States (outside the EEA; its safeguard with the vendor is not recorded here)',
    );
    expect(chainCountriesText([], 'en', t)).toBe(
      'the places it processes our data are not given on its page',
    );
    expect(chainCountriesText([], 'en', t)).not.toBe('Not disclosed by the vendor');
  });
});
