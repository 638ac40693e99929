/**
 * Editor help and the reference: generated from the schemas, the vocabularies and the rules, so
 * the committed files must be what `npm run docs` writes; the example validates against the JSON
 * Schemas with a JSON Schema validator, and a wrong code does not.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { generatedDocs } from '../../src/lib/authoring/docs';
import { schemaFieldComments } from '../../src/lib/authoring/field-comments';
import { CONTENT_KINDS, schemaPath, type ContentKind } from '../../src/lib/authoring/editor';
import { BUILT_IN, VOCABULARY_NAMES } from '../../src/core/vocabulary';
import { RULES } from '../../src/lib/rules';
import { EXAMPLE, ROOT } from './helpers';

const read = (file: string) => readFileSync(path.join(ROOT, file), 'utf8');

describe('the generated docs', () => {
  it('are what npm run docs writes: the README rules table, docs/reference.md and the content schemas', () => {
    const files = generatedDocs({
      content: path.join(ROOT, 'content'),
      comments: schemaFieldComments(path.join(ROOT, 'src/schemas')),
      readme: read('README.md'),
    });
    for (const [file, text] of files)
      expect(read(file), `${file} is stale: run npm run docs`).toBe(text);
  });

  it('list every field the schemas accept, every code of every vocabulary and every rule', () => {
    const reference = read('docs/reference.md');
    for (const { kind } of CONTENT_KINDS) {
      const schema = JSON.parse(read(schemaPath(kind))) as { properties: Record<string, unknown> };
      for (const field of Object.keys(schema.properties))
        expect(reference).toContain(`| \`${field}\` |`);
    }
    for (const name of VOCABULARY_NAMES)
      for (const term of BUILT_IN[name]) expect(reference).toContain(`| \`${term.code}\` |`);
    for (const rule of RULES) expect(reference).toContain(`| \`${rule.id}\` |`);
  });
});

describe('the JSON Schemas of the content files', () => {
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  addFormats(ajv);
  const compiled = new Map<ContentKind, ReturnType<typeof ajv.compile>>();
  const validator = (kind: ContentKind) => {
    if (!compiled.has(kind)) compiled.set(kind, ajv.compile(JSON.parse(read(schemaPath(kind)))));
    return compiled.get(kind)!;
  };

  /** A content file's data: a YAML file, or a Markdown file's front matter. */
  const data = (file: string): unknown => {
    const text = readFileSync(file, 'utf8');
    return parse(file.endsWith('.md') ? /^---\r?\n([\s\S]*?)\r?\n---/.exec(text)![1]! : text);
  };
  const files = (folder: string) =>
    readdirSync(path.join(EXAMPLE, folder))
      .filter((f) => /^[^_.].*\.(ya?ml|md)$/.test(f))
      .map((f) => path.join(EXAMPLE, folder, f));

  it('accept every file of the example content', () => {
    const cases: [ContentKind, string[]][] = [
      ['organization', [path.join(EXAMPLE, 'organization.yaml')]],
      ['product', files('products')],
      ['processor', files('processors')],
      ['change', files('changes')],
      ['vocabulary', files('vocabulary')],
    ];
    for (const [kind, list] of cases) {
      const validate = validator(kind);
      expect(list.length, kind).toBeGreaterThan(0);
      for (const file of list) expect(validate(data(file)) || validate.errors, file).toBe(true);
    }
  });

  it('refuse a misspelt code, an unknown field and a date that is no date', () => {
    const validate = validator('processor');
    const good = data(path.join(EXAMPLE, 'processors/postmark.md')) as {
      activities: { purpose: string }[];
      transfers: { dpfVerifiedOn?: string }[];
    };
    const wrongCode = structuredClone(good);
    wrongCode.activities[0]!.purpose = 'transactional-mail';
    expect(validate(wrongCode)).toBe(false);
    expect(
      validate.errors?.some(
        (e) => e.keyword === 'enum' && e.instancePath === '/activities/0/purpose',
      ),
    ).toBe(true);
    expect(validate({ ...good, colour: 'blue' })).toBe(false);
    const badDate = structuredClone(good);
    badDate.transfers[0]!.dpfVerifiedOn = 'last May';
    expect(validate(badDate)).toBe(false);
  });
});
