/** Text as each file format carries it, and the reviewer's findings that made feeds and calendars unreadable. */
import { decodeHTML } from 'entities';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { translator } from '../../src/i18n';
import { joinRegistry } from '../../src/lib/model/model';
import { changesCalendar } from '../../src/lib/outputs/calendar';
import { toCsv } from '../../src/lib/outputs/export/csv';
import { cellText, CELL_LIMIT } from '../../src/lib/outputs/export/rows';
import { atomFeed, feedScopes, jsonFeed, rssFeed } from '../../src/lib/outputs/feeds';
import { htmlText, icsText, toJson, xmlSafe } from '../../src/lib/outputs/text';
import { change, processor, source } from './fixtures';

const t = translator('en');
const site = new URL('https://trust.test.example');

describe('xmlSafe', () => {
  it('drops what XML 1.0 cannot carry, and C1 controls; writes line breaks as LF', () => {
    expect(xmlSafe('a\u0000b\u000bc\u000cd\u001fe\u007ff\u0080g\u009fh\ufffei\uffffj')).toBe(
      'abcdefghij',
    );
    expect(xmlSafe('one\r\ntwo\rthree\nfour\tfive')).toBe('one\ntwo\nthree\nfour\tfive');
    expect(xmlSafe('lone \ud800 and \udfff')).toBe('lone \ufffd and \ufffd');
  });

  it('keeps everything else exactly', () => {
    const text = '😀 \u{10ffff} \u202eRLO\u202c \u2066iso\u2069 \u2028 \u00a0 ]]> & < > " \ufdd0';
    expect(xmlSafe(text)).toBe(text);
  });
});

describe('htmlText', () => {
  it('escapes markup, and & only where a reader would see a character reference', () => {
    expect(htmlText('<b>x</b> ]]> y')).toBe('&lt;b&gt;x&lt;/b&gt; ]]&gt; y');
    expect(htmlText('Intercom R&D Unlimited Company')).toBe('Intercom R&D Unlimited Company');
    expect(htmlText('& &amp; &copy 2026 &#65; &notit; &D')).toBe(
      '& &amp;amp; &amp;copy 2026 &amp;#65; &amp;notit; &D',
    );
  });
});

describe('icsText', () => {
  it('escapes a backslash and writes a line break as \\n, so no text starts a property', () => {
    expect(icsText('a\r\nEND:VCALENDAR\\n\u000b')).toBe('a\\nEND:VCALENDAR\\\\n');
  });
});

describe('cellText', () => {
  it('sees the first character a spreadsheet will: a control before = does not hide a formula', () => {
    expect(cellText('\u000b=HYPERLINK("x")')).toBe(`'=HYPERLINK("x")`);
    expect(cellText('a\r\nb')).toBe('a\nb');
  });

  it('cuts text longer than Excel allows, never between two halves of a character', () => {
    expect(cellText('x'.repeat(40_000), CELL_LIMIT)).toBe(`${'x'.repeat(CELL_LIMIT - 1)}…`);
    const cut = cellText('😀'.repeat(20_000), CELL_LIMIT);
    expect(cut.length).toBeLessThanOrEqual(CELL_LIMIT);
    expect(cut.endsWith('😀…')).toBe(true);
    expect(cellText('x'.repeat(40_000))).toHaveLength(40_000);
  });
});

describe('toJson', () => {
  it('keeps control characters (escaped) and writes a lone surrogate as U+FFFD', () => {
    const json = toJson({ name: 'a\u000bb\ud800' });
    expect(JSON.parse(json)).toEqual({ name: 'a\u000bb\ufffd' });
    expect(json).not.toMatch(/\\ud800/i);
  });
});

describe('every helper, on any text (fast-check, fixed seed)', () => {
  const anyText = fc.oneof(
    fc.string({ unit: 'binary', maxLength: 40 }),
    fc.string({ unit: 'binary-ascii', maxLength: 40 }),
    fc.string({
      unit: fc.constantFrom(
        '&',
        'amp;',
        'copy',
        '#65;',
        '<',
        '>',
        ']]>',
        '\r',
        '\n',
        '\\',
        'n',
        '\ud800',
        '😀',
      ),
      maxLength: 20,
    }),
  );
  const settings = { seed: 20_261_120, numRuns: 2_000 };
  // XML 1.0's Char production, less the controls xmlSafe drops too.
  const XML_CHARS = /^[\t\n\u0020-\u007e\u00a0-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]*$/u;

  it('xmlSafe: only characters XML 1.0 carries, and nothing more to remove', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const safe = xmlSafe(text);
        expect(safe).toMatch(XML_CHARS);
        expect(xmlSafe(safe)).toBe(safe);
      }),
      settings,
    );
  });

  it('htmlText: no markup and no CDATA end, and an HTML reader reads back the safe text', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const html = htmlText(text);
        expect(html).not.toMatch(/[<>]/);
        expect(decodeHTML(html)).toBe(xmlSafe(text));
      }),
      settings,
    );
  });

  it('icsText: one line, which RFC 5545 reads back as the safe text', () => {
    const unescape = (value: string) =>
      value.replace(/\\([\\;,nN])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));
    fc.assert(
      fc.property(anyText, (text) => {
        const value = icsText(text);
        expect(value).not.toMatch(/[\r\n]/);
        expect(unescape(value)).toBe(xmlSafe(text));
      }),
      settings,
    );
  });

  it('cellText: within the limit, well-formed, and the text itself when it fits', () => {
    fc.assert(
      fc.property(anyText, fc.integer({ min: 2, max: 30 }), (text, limit) => {
        const cell = cellText(text, limit);
        expect(cell.length).toBeLessThanOrEqual(Math.max(limit, 0));
        expect(cell.isWellFormed()).toBe(true);
        if (cellText(text).length <= limit) expect(cell).toBe(cellText(text));
      }),
      settings,
    );
  });
});

describe('feeds and calendars with hostile text (the review)', () => {
  const hostile = 'A ]]> ]]> b \u000b c \u000c d\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nUID:evil';
  const host = processor('host');
  host.data.name = hostile;
  const added = change('host-added', {
    type: 'added',
    processors: ['host'],
    announced: '2026-01-01',
    effective: '2026-02-15',
  });
  added.data.summary = hostile;
  const base = source({ processors: [host], changes: [added] });
  // Without the content rules, which would refuse these characters where they are written.
  const registry = joinRegistry(
    { ...base, organization: { ...base.organization, legalName: hostile, tradeName: hostile } },
    '2026-01-20',
    [],
    [],
  );
  const [all] = feedScopes(registry, 'en', t);

  it('RSS and Atom: no control character, every CDATA section ends where it should', () => {
    for (const xml of [
      rssFeed(registry, all!, site, 'en', t),
      atomFeed(registry, all!, site, 'en', t),
    ]) {
      // eslint-disable-next-line no-control-regex -- finding control characters is the point
      expect(xml).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/);
      const sections = xml.split('<![CDATA[').slice(1);
      expect(sections.length).toBeGreaterThan(0);
      for (const section of sections)
        expect(section.indexOf(']]>')).toBe(section.lastIndexOf(']]>'));
    }
  });

  it('iCalendar: the names become text, no property or event of their own', () => {
    const ics = changesCalendar(registry, all!.changes, '/changes.ics', site, 'en', t);
    expect(ics.match(/^BEGIN:VEVENT/gm)).toHaveLength(2);
    expect(ics.match(/^UID:/gm)).toHaveLength(2);
    expect(ics).not.toMatch(/^UID:evil/m);
    // eslint-disable-next-line no-control-regex -- finding control characters is the point
    expect(ics).not.toMatch(/[\u000b\u000c]/);
    expect(ics.split('\r\n').every((line) => !line.includes('\n') && !line.includes('\r'))).toBe(
      true,
    );
  });

  it('JSON Feed and CSV keep the text; CSV quotes its line break', () => {
    const feed = JSON.parse(jsonFeed(registry, all!, site, 'en', t));
    expect(feed.items[0].summary).toBe(hostile);
    const csv = toCsv({
      name: 'S',
      columns: [{ header: 'H', width: 1, kind: 'text' }],
      rows: [[hostile]],
      printColumns: 1,
    });
    expect(csv).toBe(`\uFEFFH\r\n"A ]]> ]]> b  c  d\nEND:VEVENT\nBEGIN:VEVENT\nUID:evil"\r\n`);
  });
});
