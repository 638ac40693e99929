/**
 * npm run import: this project's own downloads back into the content they were made from (the
 * per-activity CSV, the per-recipient CSV and the JSON, in English and in Dutch), and a company's
 * own spreadsheets as people keep them, with what the import says it did.
 */
import { execFile } from 'node:child_process';
import { copyFile, mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/check';
import { ROOT, buildFixture, epochOf, EXAMPLE } from './helpers';

const run = promisify(execFile);

async function importInto(dir: string, file: string, ...args: string[]) {
  return run('npx', ['tsx', 'scripts/import.ts', file, ...args], {
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

  /** Exports the example, imports `file` into an empty registry and exports again: the same bytes. */
  async function roundTrip(name: string, file: string, language: 'en' | 'nl' = 'en') {
    const dir = await emptyRegistry(name);
    // The organisation is not in a list: it is the one file a new registry starts from.
    const organization = await readFile(path.join(EXAMPLE, 'organization.yaml'), 'utf8');
    await writeFile(
      path.join(dir, 'content/organization.yaml'),
      language === 'en'
        ? organization
        : organization
            .replace('defaultLocale: en', 'defaultLocale: nl')
            .replace(/^locales: .*$/m, 'locales: [nl]'),
    );
    const folder = language === 'en' ? 'dist' : 'dist/nl';
    const { stdout } = await importInto(dir, path.join(exported, folder, file));
    expect(stdout).toContain('Wrote ');
    // Nothing left to fill in and nothing kept aside: every cell became a fact again.
    const toCheck = stdout.split('To check:')[1]?.split('Next:')[0] ?? '';
    expect(toCheck).not.toMatch(/placeholder|FILL IN|kept as written|not a recipient/);
    // 21 active (the tax authorities among them) and Sentry, upcoming; the JSON also holds the 5
    // its change log names that are no longer on the list (removed, or withdrawn before they were).
    expect((await readdir(path.join(dir, 'content/processors'))).length).toBe(
      file.endsWith('.json') ? 27 : 22,
    );
    const second = await buildFixture(
      dir,
      { SOURCE_DATE_EPOCH: epochOf('2026-11-20') },
      { out: path.join(dir, 'second') },
    );
    expect(second.code, second.output).toBe(0);
    // Every list comes back byte for byte: the one imported, and the others made from the same content.
    for (const list of ['subprocessor-activities.csv', 'subprocessors.csv']) {
      const before = await readFile(path.join(exported, folder, list), 'utf8');
      const after = await readFile(path.join(dir, 'second', list), 'utf8');
      expect(after, `${file} → ${list}`).toBe(before);
    }
    // The JSON's recipients too; its change log only from the JSON, as a spreadsheet holds none.
    const json = async (root: string) =>
      JSON.parse(await readFile(path.join(root, 'subprocessors.json'), 'utf8')) as {
        processors: unknown;
        changes: unknown;
      };
    const [before, after] = [
      await json(path.join(exported, folder)),
      await json(path.join(dir, 'second')),
    ];
    expect(after.processors, `${file} → subprocessors.json`).toEqual(before.processors);
    if (file.endsWith('.json')) expect(after.changes).toEqual(before.changes);
    return { dir, stdout };
  }

  it('round-trips the per-activity CSV: export, import into an empty folder, export again gives the same lists', async () => {
    const { stdout } = await roundTrip('round-trip', 'subprocessor-activities.csv');
    expect(stdout).toContain(
      'Cloudflare: announced 2025-10-06, effective 2025-10-08: less than 30 days',
    );
  });

  it('round-trips the per-recipient CSV, through its JSON column, notes and other facts included', async () => {
    const { dir } = await roundTrip('round-trip-recipients', 'subprocessors.csv');
    expect(await readFile(path.join(dir, 'content/processors/amazon-s3.yaml'), 'utf8')).toContain(
      'note: Data stays in the EU (Ireland) region',
    );
  });

  it('round-trips the JSON, changes included', async () => {
    const { dir } = await roundTrip('round-trip-json', 'subprocessors.json');
    expect((await readdir(path.join(dir, 'content/changes'))).length).toBe(15);
  });

  it('round-trips the Dutch export into a Dutch registry', async () => {
    const { dir } = await roundTrip('round-trip-nl', 'subprocessor-activities.csv', 'nl');
    expect(await readFile(path.join(dir, 'content/processors/amazon-s3.yaml'), 'utf8')).toContain(
      'Bewaart versleutelde back-ups van de database',
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

  it('reads a simple list: says what each column became, keeps what it cannot read, and writes not-stated for what the list does not say', async () => {
    const { dir, stdout, read } = await importList('simple', 'simple-list.csv');
    expect(stdout).toContain('"Name" → name');
    expect(stdout).toContain('"Retention" → retention');
    expect(stdout).toContain(
      'line 6: no name: read as another activity of Acme Backup, the recipient above',
    );
    expect(stdout).toContain(
      'line 5: Acme Backup: Country: "Atlantis" names no country or region; kept as written',
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
    // "Scheduling demos" is no purpose's label: the text is the description, the purpose a placeholder.
    const calendly = await read('calendly');
    expect(calendly).toContain('description: Scheduling demos');
    expect(calendly).toMatch(/purpose: ("|')FILL IN: a purpose code for .Scheduling demos/);
    // Nothing the list does not say is assumed: the entity, the role, the storage are not stated.
    expect(calendly).toContain('legalEntity: not-stated');
    expect(calendly).toContain('role: not-stated');
    expect(calendly).toContain('storage:');
    const pipedrive = await read('pipedrive');
    expect(pipedrive).toContain('text: Name, E-mail adres');
    expect(pipedrive).toContain('text: a few years');

    const problems = await checkContent(path.join(dir, 'content'), '2026-11-20', ROOT);
    const placeholders = problems.filter((p) => p.message.startsWith('still holds a placeholder'));
    expect(placeholders.map((p) => `${path.basename(p.file)} ${p.field}`)).toEqual(
      expect.arrayContaining([
        'calendly.yaml activities[0].purpose',
        'pipedrive.yaml activities[0].retention.period',
        'acme-backup.yaml activities[0].processing[0]',
      ]),
    );
  });

  it('reads durations in Dutch as well as English', async () => {
    const { stdout, read } = await importList('dutch', 'dutch-durations.csv');
    expect(stdout).toContain('"Bewaartermijn" → retention');
    expect(await read('mailjet')).toContain('period: P26M');
    expect(await read('moneybird')).toContain('period: P7Y');
    expect(await read('dropbox')).toMatch(/period: P1Y\n\s+after: deletion-by-user/);
    expect(await read('exact')).toMatch(/period: P30D\n\s+after: end-of-contract/);
    expect(await read('zoho')).toContain('upTo: P2W');
    // Dutch labels and country names are read too.
    expect(await read('mailjet')).toContain('- email-address');
    expect(await read('dropbox')).toContain('- US');
  });

  it('reads the "Entity name, Purpose, Location" layout: the entity names the recipient, a region stays a region', async () => {
    const { read } = await importList('entity-layout', 'entity-purpose-location.csv');
    const aws = await read('amazon-web-services-emea-sarl');
    expect(aws).toContain('name: Amazon Web Services EMEA SARL');
    expect(aws).toMatch(/processing:\n\s+- IE\n\s+- DE/);
    expect(aws).toContain('role: not-stated');
    const stripe = await read('stripe-payments-europe-ltd');
    expect(stripe).toMatch(/processing:\n\s+- eu/);
    expect(stripe).not.toContain('FILL IN');
  });

  it('reads the "Sub-processor, Services, Country, Safeguard" layout, and reports a shifted or a split row without losing a cell', async () => {
    const { stdout, read } = await importList(
      'subprocessor-layout',
      'subprocessor-services-country-safeguard.csv',
    );
    const postmark = await read('postmark');
    // The header says they are sub-processors: that is the list's word, not a guess.
    expect(postmark).toContain('role: sub-processor');
    expect(postmark).toMatch(/mechanisms:\n\s+- scc\n\s+- dpf/);
    expect(postmark).toContain('sccModule: not-stated');
    expect(postmark).toContain('dpfVerifiedOn: "FILL IN: the day you checked Postmark');
    expect(stdout).toContain(
      'line 4: Mailgun: Country: "SCCs" names no country or region but a transfer safeguard: is a column shifted?',
    );
    expect(stdout).toContain(
      'line 5: 5 cells where the header has 4 (a comma in an unquoted cell?)',
    );
    expect(await read('acme')).toContain('text: SCCs');
  });

  it('leaves a recipient the registry has alone, whatever its letter case, and says so', async () => {
    const dir = await emptyRegistry('existing');
    await copyFile(
      path.join(ROOT, 'tests/fixtures/minimal/content/organization.yaml'),
      path.join(dir, 'content/organization.yaml'),
    );
    await mkdir(path.join(dir, 'content/processors'), { recursive: true });
    await writeFile(
      path.join(dir, 'content/processors/my-mail.yaml'),
      'name: MAILJET\nlegalEntity: not-stated\nrole: not-stated\nproducts: [app]\nactivities:\n  - purpose: not-stated\n    dataCategories: not-stated\n    dataSubjects: not-stated\n    retention: not-stated\n    processing: [FR]\n',
    );
    const { stdout } = await importInto(
      dir,
      path.join(ROOT, 'tests/fixtures/import/simple-list.csv'),
    );
    expect(stdout).toContain('processors/mailjet.yaml: Mailjet is in the registry already');
    expect(stdout).not.toMatch(/^\s+processors\/mailjet\.yaml$/m);
    expect(await readFile(path.join(dir, 'content/processors/my-mail.yaml'), 'utf8')).toContain(
      'MAILJET',
    );
  });
});
