import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_ID_LENGTH, slugId } from '../../src/core/slug';
import { buildVocabularies } from '../../src/core/vocabulary';
import { translator } from '../../src/i18n';
import { importCsv } from '../../src/lib/authoring/import';
import { writeInside } from '../../src/lib/authoring/write';

const folder = () => mkdtempSync(path.join(os.tmpdir(), 'registry-write-'));

describe('slugId', () => {
  it('never gives a path separator, a dot or an empty id', () => {
    for (const name of [
      '../../../x/pwned',
      '..',
      '/etc/passwd',
      'a\\b',
      'Café Вендор',
      '',
      '...',
      'C:\\x',
    ])
      expect(slugId(name, 'vendor')).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    expect(slugId('Café Nord B.V.')).toBe('cafe-nord-b-v');
  });

  it('keeps a file name short whatever the name (a PDF cell of six lines made one of 290 characters)', () => {
    const long =
      'Amazon Web Services Inc., Seattle, United States Hosting location can be selected by customer: Hosting locations for non-European Customers: Ireland (Dublin)';
    const id = slugId(long);
    expect(id.length).toBeLessThanOrEqual(MAX_ID_LENGTH);
    expect(id).toBe(
      'amazon-web-services-inc-seattle-united-states-hosting-location-can-be-selected',
    );
    expect(slugId('x'.repeat(300))).toBe('x'.repeat(MAX_ID_LENGTH));
  });
});

describe('writeInside', () => {
  it('writes only inside the content folder', () => {
    const dir = folder();
    const results = writeInside(
      path.join(dir, 'content'),
      new Map([
        ['../outside.yaml', 'x'],
        ['processors/../../outside.yaml', 'x'],
        ['/tmp/absolute.yaml', 'x'],
        ['processors/ok.yaml', 'name: Ok\n'],
      ]),
    );
    expect(results.map((r) => r.written)).toEqual([false, false, false, true]);
    expect(existsSync(path.join(dir, 'outside.yaml'))).toBe(false);
    expect(readFileSync(path.join(dir, 'content/processors/ok.yaml'), 'utf8')).toBe('name: Ok\n');
  });

  it('never writes a second file for an id, nor through a folder that links outside', () => {
    const dir = folder();
    const content = path.join(dir, 'content');
    mkdirSync(path.join(content, 'processors'), { recursive: true });
    writeFileSync(path.join(content, 'processors/amazon-s3.md'), '---\nname: S3\n---\n');
    mkdirSync(path.join(dir, 'elsewhere'));
    symlinkSync(path.join(dir, 'elsewhere'), path.join(content, 'changes'));
    const results = writeInside(
      content,
      new Map([
        ['processors/amazon-s3.yaml', 'name: S3\n'],
        ['changes/2026-01-01-x.yaml', 'type: added\n'],
      ]),
    );
    expect(results).toEqual([
      {
        written: false,
        file: 'processors/amazon-s3.yaml',
        reason: 'processors/amazon-s3.md already exists; not overwritten',
      },
      {
        written: false,
        file: 'changes/2026-01-01-x.yaml',
        reason: 'its folder is a link, or not a folder: nothing is written through it',
      },
    ]);
    expect(existsSync(path.join(dir, 'elsewhere/2026-01-01-x.yaml'))).toBe(false);
    // Nothing made outside either: no folder through the link.
    expect(readdirSync(path.join(dir, 'elsewhere'))).toEqual([]);
  });
});

describe('importCsv on careless and hostile cells', () => {
  const exported = (effective: string, name = 'Mailer') => [
    [
      'Processor',
      'Legal entity',
      'Entity country',
      'Role',
      'Products',
      'Purpose',
      'Activity',
      'Personal data',
      'Data subjects',
      'Processing countries',
      'Storage countries',
      'Transfer safeguards',
      'Retention',
      'Announced',
      'Effective',
    ],
    [
      name,
      'Mailer Ltd',
      'NL',
      'sub-processor',
      'The app',
      'Transactional e-mail',
      'Sends e-mail.',
      'E-mail address',
      'Users',
      'NL',
      'NL',
      'EEA only',
      '45 days',
      '2026-01-01',
      effective,
    ],
  ];
  const run = (records: string[][]) =>
    importCsv(records, buildVocabularies(), translator('en'), {
      source: 'list.csv',
      noticePeriodDays: 30,
    });

  it('writes no change for a date that is a path, and says so', () => {
    const { files, report } = run(exported('../../../x/pwned'));
    expect([...files.keys()].some((file) => file.includes('..'))).toBe(false);
    expect([...files.keys()].some((file) => file.startsWith('changes/'))).toBe(false);
    expect(report).toContainEqual(
      expect.stringContaining('effective "../../../x/pwned" is not a date'),
    );
  });

  it('takes control characters out of pasted text and reports each cell', () => {
    const { files, report } = run(exported('2026-03-01', 'Mail\u000ber'));
    expect(files.get('processors/mail-er.yaml')).toContain('name: Mail er');
    expect(report).toContainEqual(
      'row 2: Processor: removed the control character U+000B; check the text',
    );
  });
});

describe('buildDate', () => {
  it('names SOURCE_DATE_EPOCH when it is no day a build can show', async () => {
    const { buildDate } = await import('../../src/core/dates');
    expect(buildDate({ SOURCE_DATE_EPOCH: '1767225600' })).toBe('2026-01-01');
    expect(() => buildDate({ SOURCE_DATE_EPOCH: '99999999999999999' })).toThrow(
      /^SOURCE_DATE_EPOCH=99999999999999999 is not a day this build can show/,
    );
    expect(() => buildDate({ SOURCE_DATE_EPOCH: '2026-01-01' })).toThrow(
      /SOURCE_DATE_EPOCH must be whole seconds/,
    );
    expect(() => buildDate({ SOURCE_DATE_EPOCH: '-5' })).toThrow(
      /SOURCE_DATE_EPOCH must be whole seconds/,
    );
  });
});
