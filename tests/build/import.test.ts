/** npm run import: a company's own spreadsheet, and the round trip export → import → export. */
import { execFile } from 'node:child_process';
import { copyFile, mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/check';
import { ROOT, buildFixture, epochOf, EXAMPLE } from './helpers';

const run = promisify(execFile);

async function importInto(dir: string, csv: string) {
  return run('npx', ['tsx', 'scripts/import.ts', csv], {
    cwd: ROOT,
    env: { ...process.env, REGISTRY_CONTENT: path.join(dir, 'content') },
  });
}

describe('npm run import', () => {
  // The example site's downloads, in both languages, which the round trips import.
  const exported = path.join(ROOT, 'tests/.out/import/example');
  beforeAll(async () => {
    await rm(exported, { recursive: true, force: true });
    const first = await buildFixture(
      exported,
      { SOURCE_DATE_EPOCH: epochOf('2026-11-20') },
      { content: EXAMPLE, out: path.join(exported, 'dist') },
    );
    expect(first.code, first.output).toBe(0);
  });

  /** An empty registry folder for one test. */
  async function emptyRegistry(name: string): Promise<string> {
    const dir = path.join(ROOT, 'tests/.out/import', name);
    await rm(dir, { recursive: true, force: true });
    await mkdir(path.join(dir, 'content'), { recursive: true });
    return dir;
  }

  it('round-trips: export, import into an empty folder, export again gives the same CSV', async () => {
    const dir = await emptyRegistry('round-trip');

    // The organisation is not in a spreadsheet: it is the one file a new registry starts from.
    await copyFile(
      path.join(EXAMPLE, 'organization.yaml'),
      path.join(dir, 'content/organization.yaml'),
    );
    const { stdout } = await importInto(
      dir,
      path.join(exported, 'dist/subprocessor-activities.csv'),
    );
    expect(stdout).toContain('Wrote ');
    expect((await readdir(path.join(dir, 'content/processors'))).length).toBe(22); // 21 active (the tax authorities among them) and Sentry, upcoming
    expect(stdout).toContain(
      'Cloudflare: announced 2025-10-06, effective 2025-10-08: less than 30 days',
    );

    const second = await buildFixture(
      dir,
      { SOURCE_DATE_EPOCH: epochOf('2026-11-20') },
      { out: path.join(dir, 'second') },
    );
    expect(second.code, second.output).toBe(0);
    // Both lists come back byte for byte: the one per activity imported, and the one per recipient.
    for (const file of ['subprocessor-activities.csv', 'subprocessors.csv']) {
      const before = await readFile(path.join(exported, 'dist', file), 'utf8');
      const after = await readFile(path.join(dir, 'second', file), 'utf8');
      expect(after, file).toBe(before);
    }
  });

  it('points from the list per recipient to the file it can import', async () => {
    const dir = await emptyRegistry('per-recipient');
    await copyFile(
      path.join(EXAMPLE, 'organization.yaml'),
      path.join(dir, 'content/organization.yaml'),
    );
    const result = await importInto(dir, path.join(exported, 'dist/subprocessors.csv')).catch(
      (e: { stdout: string; code: number }) => e,
    );
    expect(result.stdout).toContain('import subprocessor-activities.csv');
    expect(await readdir(path.join(dir, 'content'))).toEqual(['organization.yaml']);
  });

  it('round-trips the Dutch export into a Dutch registry', async () => {
    const dir = await emptyRegistry('round-trip-nl');

    // A registry kept in Dutch only: its plain texts are Dutch, and its list at the root is the Dutch one.
    const organization = (await readFile(path.join(EXAMPLE, 'organization.yaml'), 'utf8'))
      .replace('defaultLocale: en', 'defaultLocale: nl')
      .replace(/^locales: .*$/m, 'locales: [nl]');
    await writeFile(path.join(dir, 'content/organization.yaml'), organization);
    const { stdout } = await importInto(
      dir,
      path.join(exported, 'dist/nl/subprocessor-activities.csv'),
    );
    expect(stdout).toContain('Wrote ');
    expect(stdout).not.toContain('left as a placeholder');
    expect(await readFile(path.join(dir, 'content/processors/amazon-s3.yaml'), 'utf8')).toContain(
      'Bewaart versleutelde back-ups van de database',
    );

    const second = await buildFixture(
      dir,
      { SOURCE_DATE_EPOCH: epochOf('2026-11-20') },
      { out: path.join(dir, 'second') },
    );
    expect(second.code, second.output).toBe(0);
    for (const file of ['subprocessor-activities.csv', 'subprocessors.csv'])
      expect(await readFile(path.join(dir, 'second', file), 'utf8'), file).toBe(
        await readFile(path.join(exported, 'dist/nl', file), 'utf8'),
      );
  });

  /** Imports one of tests/fixtures/import/ into an empty registry: what it printed, and its files. */
  async function importList(name: string, file: string) {
    const dir = await emptyRegistry(name);
    await copyFile(
      path.join(ROOT, 'tests/fixtures/minimal/content/organization.yaml'),
      path.join(dir, 'content/organization.yaml'),
    );
    const { stdout } = await importInto(dir, path.join(ROOT, 'tests/fixtures/import', file));
    const read = (id: string) => readFile(path.join(dir, `content/processors/${id}.yaml`), 'utf8');
    return { dir, stdout, read };
  }

  it('reads a simple list, reports every row and cell it cannot map, and writes nothing for unreadable rows', async () => {
    const { dir, stdout, read } = await importList('simple', 'simple-list.csv');
    expect(stdout).toContain(
      'row 4: Purpose: "Scheduling demos" is not a known purpose; left as a placeholder',
    );
    expect(stdout).toContain(
      'row 5: Country: "Atlantis" is not a country name or ISO code; left as a placeholder',
    );
    expect(stdout).toContain('row 6: no name; row skipped');
    expect(stdout).toContain(
      'row 7: Data: "E-mail adres" is not a known dataCategories label; left as a placeholder',
    );
    expect(stdout).toContain(
      'row 7: Retention: "a few years" is not a period this importer reads; left as a placeholder',
    );
    expect((await readdir(path.join(dir, 'content/processors'))).sort()).toEqual([
      'acme-backup.yaml',
      'calendly.yaml',
      'mailjet.yaml',
      'pipedrive.yaml',
    ]);
    const mailjet = await read('mailjet');
    expect(mailjet).toContain('purpose: transactional-email');
    expect(mailjet).toContain('purpose: newsletter');
    expect(mailjet).toContain('period: P45D');

    // Nothing the list does not say is assumed: the entity, where it is established and the role
    // are placeholders, which check reports until a person fills them in.
    const problems = await checkContent(path.join(dir, 'content'), '2026-11-20', ROOT);
    const placeholders = problems.filter((p) => p.message.startsWith('still holds a placeholder'));
    expect(placeholders.map((p) => `${path.basename(p.file)} ${p.field}`)).toEqual(
      expect.arrayContaining([
        'calendly.yaml legalEntity.name',
        'calendly.yaml legalEntity.country',
        'calendly.yaml role',
        'calendly.yaml activities[0].purpose',
        'calendly.yaml transfers[0].mechanisms[0]',
        'pipedrive.yaml activities[0].retention.period',
      ]),
    );
    expect(await read('calendly')).not.toMatch(/^role: sub-processor$/m);
    expect(stdout).toContain(
      'the list does not state the role of Mailjet, Calendly, Acme Backup, Pipedrive: left as placeholders for you to fill in',
    );
  });

  it('reads durations in Dutch as well as English', async () => {
    const { stdout, read } = await importList('dutch', 'dutch-durations.csv');
    expect(stdout).not.toContain('is not a period');
    expect(await read('mailjet')).toContain('period: P26M');
    expect(await read('moneybird')).toContain('period: P7Y');
    expect(await read('dropbox')).toMatch(/period: P1Y\n\s+after: deletion-by-user/);
    expect(await read('exact')).toMatch(/period: P30D\n\s+after: end-of-contract/);
    expect(await read('zoho')).toContain('upTo: P2W');
    // Dutch labels and country names are read too.
    expect(await read('mailjet')).toContain('- email-address');
    expect(await read('dropbox')).toContain('- US');
  });

  it('reads the "Entity name, Purpose, Location" layout: the entity is named, a region is not a country', async () => {
    const { stdout, read } = await importList('entity-layout', 'entity-purpose-location.csv');
    const aws = await read('amazon-web-services-emea-sarl');
    expect(aws).toContain('name: Amazon Web Services EMEA SARL');
    expect(aws).toMatch(/processing:\n\s+- IE\n\s+- DE/);
    expect(aws).toContain('role: "FILL IN: the role of');
    expect(stdout).toContain(
      'row 3: Location: "EU" names a region, not a country; left as a placeholder: write the countries',
    );
    expect(stdout).toContain('the header has no data column');
  });

  it('reads the "Sub-processor, Services, Country, Safeguard" layout, and reports a shifted or a split row', async () => {
    const { stdout, read } = await importList(
      'subprocessor-layout',
      'subprocessor-services-country-safeguard.csv',
    );
    const postmark = await read('postmark');
    // The header says they are sub-processors: that is the list's word, not a guess.
    expect(postmark).toContain('role: sub-processor');
    expect(postmark).toMatch(/mechanisms:\n\s+- scc\n\s+- dpf/);
    expect(postmark).toContain('sccModule: "FILL IN: the SCC module');
    expect(postmark).toContain('dpfVerifiedOn: "FILL IN: the day you checked Postmark');
    expect(stdout).toContain(
      'row 4: Country: "SCCs" looks like a transfer safeguard, not a country: is a column shifted?',
    );
    expect(stdout).toContain(
      'row 5: 5 cells where the header has 4: a column is missing or shifted (a comma in an unquoted cell?); it reads "Acme", "Hosting", "Inc.", "Germany", "SCCs"; row skipped',
    );
  });
});
