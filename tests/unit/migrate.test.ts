/** npm run migrate: content of schema 1 brought to schema 2, each file edited only where a fact is written out. */
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { migrate, schemaVersionOf } from '../../src/lib/authoring/migrate';
import { SCHEMA_VERSION } from '../../src/schemas/organization';

const organization = `# Who publishes the list.
legalName: Acme B.V.
address: { street: Teststraat 1, postalCode: 1000 AA, city: Amsterdam, country: NL }
`;

const run = (files: Record<string, string>) =>
  migrate(Object.entries(files).map(([path, text]) => ({ path, text })));
const textOf = (result: ReturnType<typeof run>, path: string) =>
  result.files.find((f) => f.path === path)?.text;

describe('npm run migrate from schema 1', () => {
  it('writes the version first, below the opening comment, and the 30 days schema 1 read into a missing notice period', () => {
    const result = run({ 'organization.yaml': organization });
    expect(result.from).toBe(1);
    expect(textOf(result, 'organization.yaml')).toBe(
      `# Who publishes the list.
schemaVersion: 2
legalName: Acme B.V.
address: { street: Teststraat 1, postalCode: 1000 AA, city: Amsterdam, country: NL }
noticePeriodDays: 30
`,
    );
    expect(result.changes).toContain('organization.yaml: schemaVersion: 1 → 2');
  });

  it('keeps a notice period that is given, and reads schema 1 from a file that names no version', () => {
    const result = run({ 'organization.yaml': `${organization}noticePeriodDays: 14\n` });
    expect(textOf(result, 'organization.yaml')).toContain('noticePeriodDays: 14\n');
    expect(textOf(result, 'organization.yaml')).not.toContain('noticePeriodDays: 30');
    expect(schemaVersionOf(organization)).toBe(1);
  });

  it('writes out the storage schema 1 read from the processing locations, in the style each was written in', () => {
    const processor = `---
name: Vendor
legalEntity: { name: Vendor Ltd, country: IE }   # as on their site
activities:
  - purpose: hosting
    processing: [IE, US] # EU first
    retention: not-specified
  - purpose: backup
    processing:
      - IE
      - DE
    storage: [DE]
  - { purpose: support, processing: [NL] }
  - purpose: analytics
    processing: { notDisclosed: "Asked on 2026-11-02." }
---
Notes stay as they are.
`;
    const result = run({ 'organization.yaml': organization, 'processors/vendor.md': processor });
    expect(textOf(result, 'processors/vendor.md')).toBe(`---
name: Vendor
legalEntity: { name: Vendor Ltd, country: IE }   # as on their site
activities:
  - purpose: hosting
    processing: [IE, US] # EU first
    storage: [IE, US]
    retention: not-disclosed
  - purpose: backup
    processing:
      - IE
      - DE
    storage: [DE]
  - { purpose: support, processing: [NL], storage: [NL] }
  - purpose: analytics
    processing: { notDisclosed: "Asked on 2026-11-02." }
    storage: { notDisclosed: "Asked on 2026-11-02." }
---
Notes stay as they are.
`);
    expect(result.changes).toEqual(
      expect.arrayContaining([
        'processors/vendor.md: activities[0].storage: ["IE","US"], as the processing locations (schema 1 read a missing storage as the same)',
        'processors/vendor.md: activities[0].retention: not-disclosed (schema 1 read not-specified so)',
      ]),
    );
  });

  it('copies a block list with its lines, keeps CRLF line ends, and gives YAML that means what schema 1 read', () => {
    const processor =
      'name: Vendor\r\nactivities:\r\n  - purpose: hosting\r\n    processing:\r\n      - IE\r\n      - US\r\n    retention: { period: P1Y }\r\n';
    const text = textOf(
      run({ 'organization.yaml': organization, 'processors/vendor.yaml': processor }),
      'processors/vendor.yaml',
    )!;
    expect(text).toBe(
      'name: Vendor\r\nactivities:\r\n  - purpose: hosting\r\n    processing:\r\n      - IE\r\n      - US\r\n    storage:\r\n      - IE\r\n      - US\r\n    retention: { period: P1Y }\r\n',
    );
    const activity = (parse(text) as { activities: Record<string, unknown>[] }).activities[0]!;
    expect(activity['storage']).toEqual(activity['processing']);
  });

  it('changes nothing a second time, and never touches releases, changes or files it cannot read', () => {
    const first = run({
      'organization.yaml': organization,
      'processors/vendor.yaml': 'name: V\nactivities:\n  - processing: [US]\n',
      'processors/broken.yaml': 'name: [unclosed\n',
      'changes/2026-01-01-v-added.yaml': 'type: added\n',
      'releases/2026-01-01.json': '{}',
    });
    expect(first.files.map((f) => f.path).sort()).toEqual([
      'organization.yaml',
      'processors/vendor.yaml',
    ]);
    expect(first.skipped[0]).toMatch(/^processors\/broken\.yaml: not readable YAML/);
    const second = run(Object.fromEntries(first.files.map((f) => [f.path, f.text])));
    expect(second.files).toEqual([]);
  });
});

describe('the changelog', () => {
  it('tells a site how to bring its content to the current schema, with the exact command', () => {
    const dir = path.join(import.meta.dirname, '../../.changeset');
    const entries = [
      ...readdirSync(dir)
        .filter((file) => file.endsWith('.md') && file !== 'README.md')
        .map((file) => readFileSync(path.join(dir, file), 'utf8')),
      ...(existsSync(path.join(dir, '../CHANGELOG.md'))
        ? [readFileSync(path.join(dir, '../CHANGELOG.md'), 'utf8')]
        : []),
    ].join('\n');
    expect(entries).toContain(`schemaVersion: ${SCHEMA_VERSION}`);
    expect(entries).toContain('npx processor-registry migrate');
  });
});
