/**
 * Help for the people who write content/: a JSON Schema per kind of content file, made from the
 * zod schemas (their field comments as descriptions, the vocabularies' codes as enumerations,
 * the registry's own terms included), for VS Code's YAML extension; and the reference of every
 * field, code, event and rule in docs/reference.md. Both are generated, so neither can drift.
 */
import { lawMarkdown } from './law-docs';
import { z } from 'astro/zod';
import { LOCALES } from '../../i18n';
import { REGIMES, regimesOf } from '../../core/regimes';
import { LEGAL_BASES, ROLES } from '../../core/roles';
import { TIA_OUTCOMES } from '../../core/review';
import { VOCABULARY_NAMES, type Vocabularies, type VocabularyName } from '../../core/vocabulary';
import { changeSchema } from '../../schemas/change';
import { isoDate, localText } from '../../schemas/common';
import { organizationSchema } from '../../schemas/organization';
import { processorSchema } from '../../schemas/processor';
import { productSchema } from '../../schemas/product';
import { RETENTION_EVENTS } from '../../schemas/retention';
import { vocabularySchema } from '../../schemas/vocabulary';
import { translator } from '../../i18n';
import { RULES } from '../rules';
import { rulesTable } from '../rules/table';

/** The kinds of content file, each with its schema, where its files live and what they are. */
export const CONTENT_KINDS = [
  {
    kind: 'organization',
    schema: organizationSchema,
    files: 'content/organization.yaml',
    about: 'Who publishes the trust center, its languages, its notice period and its rules.',
  },
  {
    kind: 'product',
    schema: productSchema,
    files: 'content/products/*.yaml',
    about: 'A product or service the recipients serve.',
  },
  {
    kind: 'processor',
    schema: processorSchema,
    files: 'content/processors/*.yaml (or the front matter of *.md)',
    about: 'One recipient: what it does with which data, where, under which safeguard.',
  },
  {
    kind: 'change',
    schema: changeSchema,
    files: 'content/changes/*.yaml',
    about: 'One change to the list, announced in advance where customers may object.',
  },
  {
    kind: 'vocabulary',
    schema: vocabularySchema,
    files: 'content/vocabulary/*.yaml',
    about: 'Terms of your own beside the built-in ones.',
  },
] as const;
export type ContentKind = (typeof CONTENT_KINDS)[number]['kind'];

/** Where the JSON Schema of a kind of content file is written, from the project's root. */
export const schemaPath = (kind: ContentKind): string => `docs/schema/${kind}.schema.json`;

/** The comment line that points VS Code's YAML extension at a file's schema, from `depth` folders down content/. */
export const schemaLine = (kind: ContentKind, depth: number): string =>
  `# yaml-language-server: $schema=${'../'.repeat(depth + 1)}${schemaPath(kind)}`;

type Json = Record<string, unknown>;

/** Each object in a JSON Schema, described from the comments of the literal with its keys. */
function describe(schema: unknown, comments: Map<string, Map<string, string>>): void {
  if (Array.isArray(schema)) return schema.forEach((s) => describe(s, comments));
  if (typeof schema !== 'object' || schema === null) return;
  const node = schema as Json;
  const properties = node['properties'] as Record<string, Json> | undefined;
  if (properties) {
    const docs = comments.get(Object.keys(properties).sort().join(','));
    for (const [key, property] of Object.entries(properties)) {
      const text = docs?.get(key);
      if (text && property['description'] === undefined) property['description'] = text;
    }
  }
  for (const value of Object.values(node)) describe(value, comments);
}

/** The place in a JSON Schema a path of property names leads to, through arrays and unions. */
function* at(schema: Json, path: readonly string[]): Generator<Json> {
  const [head, ...rest] = path;
  if (head === undefined) {
    yield schema;
    // A code that may also be not stated: the code is one of the options.
    for (const option of (schema['anyOf'] as Json[] | undefined) ?? []) yield* at(option, path);
    return;
  }
  for (const option of (schema['anyOf'] as Json[] | undefined) ?? []) yield* at(option, path);
  if (head === '[]' && schema['items']) yield* at(schema['items'] as Json, rest);
  const next = (schema['properties'] as Record<string, Json> | undefined)?.[head];
  if (next) yield* at(next, rest);
}

/** The vocabulary codes each kind's fields take: path of property names → vocabulary. */
const CODE_FIELDS: Partial<Record<ContentKind, [string[], VocabularyName][]>> = {
  processor: [
    [['activities', '[]', 'purpose'], 'purposes'],
    [['activities', '[]', 'dataCategories', '[]'], 'dataCategories'],
    [['activities', '[]', 'dataSubjects', '[]'], 'dataSubjects'],
    [['transfers', '[]', 'mechanisms', '[]'], 'transferMechanisms'],
    [['certifications', '[]'], 'certifications'],
  ],
  organization: [[['certifications', '[]'], 'certifications']],
};

/** A kind's JSON Schema: descriptions from the field comments, the vocabularies' codes as enumerations. */
export function contentJsonSchema(
  kind: ContentKind,
  vocabularies: Vocabularies,
  comments: Map<string, Map<string, string>>,
): Json {
  const entry = CONTENT_KINDS.find((k) => k.kind === kind)!;
  const schema = z.toJSONSchema(entry.schema as z.ZodType, {
    target: 'draft-2020-12',
    io: 'input',
    unrepresentable: 'any',
    // What the zod transforms take, in JSON Schema's words: a date, a text in each language.
    override: ({ zodSchema, jsonSchema }) => {
      const replace = (next: Json) => {
        for (const key of Object.keys(jsonSchema))
          if (key !== 'description') delete jsonSchema[key];
        Object.assign(jsonSchema, next);
      };
      if (zodSchema === isoDate) replace({ type: 'string', format: 'date' });
      if (zodSchema === localText)
        replace({
          anyOf: [
            { type: 'string', minLength: 1 },
            {
              type: 'object',
              propertyNames: { enum: [...LOCALES] },
              additionalProperties: { type: 'string', minLength: 1 },
              minProperties: 1,
            },
          ],
        });
    },
  }) as Json;
  describe(schema, comments);
  for (const [path, vocabulary] of CODE_FIELDS[kind] ?? [])
    for (const place of at(schema, path)) {
      // The code itself, not a word beside it (not-stated, not-disclosed).
      if (place['type'] !== 'string' || place['const'] !== undefined) continue;
      delete place['pattern'];
      place['enum'] = [...vocabularies[vocabulary].keys()];
    }
  return {
    ...schema,
    $id: `https://processor-registry.example/${schemaPath(kind)}`,
    title: `Processor Registry: ${entry.files}`,
    description: entry.about,
  };
}

/** One row of the reference: a field's path, its type, whether it must be given, what it is. */
export interface FieldRow {
  path: string;
  type: string;
  /** yes; "within <parent>" when it must be given whenever its optional parent is; or empty. */
  required: string;
  description: string;
}

const typeOf = (schema: Json): string => {
  if (schema['const'] !== undefined) return `\`${JSON.stringify(schema['const'])}\``;
  if (Array.isArray(schema['enum'])) {
    const values = schema['enum'] as unknown[];
    return values.length > 8
      ? 'a code (see the vocabularies below)'
      : values.map((v) => `\`${String(v)}\``).join(' | ');
  }
  if (schema['format'] === 'date') return 'date';
  const options = schema['anyOf'] as Json[] | undefined;
  if (options?.some((o) => (o['propertyNames'] as Json | undefined)?.['enum']))
    return 'text, or one per language';
  if (options) {
    // A gap, written alone or with its note ({ notStated: … }), reads as the one word.
    const gaps = ['notStated', 'notDisclosed'].filter((key) =>
      options.some((o) => (o['properties'] as Json | undefined)?.[key] !== undefined),
    );
    const rest = options.filter(
      (o) =>
        !gaps.some((key) => (o['properties'] as Json | undefined)?.[key] !== undefined) &&
        !['not-stated', 'not-disclosed'].includes(String(o['const'])),
    );
    const words = [
      ...new Set(rest.map(typeOf)),
      ...options.flatMap((o) =>
        o['const'] === 'not-stated' || o['const'] === 'not-disclosed'
          ? [`\`${String(o['const'])}\``]
          : [],
      ),
    ];
    return words.join(' or ');
  }
  if (schema['type'] === 'array') return `list of ${typeOf((schema['items'] as Json) ?? {})}`;
  if (schema['type'] === 'object' && schema['additionalProperties'] && !schema['properties'])
    return 'map (see the description)';
  if (schema['type'] === 'integer') return 'whole number';
  return typeof schema['type'] === 'string' ? schema['type'] : 'any';
};

/** Every field of a JSON Schema, depth first, as rows: `activities[].retention.period`. */
export function fieldRows(schema: Json, prefix = '', parentRequired = true): FieldRow[] {
  const rows: FieldRow[] = [];
  const objects = [schema, ...((schema['anyOf'] as Json[] | undefined) ?? [])].filter(
    (s) => s['properties'],
  );
  for (const object of objects) {
    const must = new Set((object['required'] as string[] | undefined) ?? []);
    for (const [key, property] of Object.entries(object['properties'] as Record<string, Json>)) {
      const path = prefix ? `${prefix}.${key}` : key;
      if (rows.some((r) => r.path === path)) continue;
      rows.push({
        path,
        type: typeOf(property),
        required: !must.has(key) ? '' : parentRequired ? 'yes' : `within \`${prefix}\``,
        description: typeof property['description'] === 'string' ? property['description'] : '',
      });
      const inner = property['type'] === 'array' ? (property['items'] as Json) : property;
      const nested = [inner, ...((inner['anyOf'] as Json[] | undefined) ?? [])].find(
        (s) => s['properties'],
      );
      if (nested)
        rows.push(
          ...fieldRows(
            nested,
            property['type'] === 'array' ? `${path}[]` : path,
            parentRequired && must.has(key),
          ),
        );
    }
  }
  return rows;
}

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** docs/reference.md: every field of every content file, every code, event and rule. */
export function referenceMarkdown(
  vocabularies: Vocabularies,
  comments: Map<string, Map<string, string>>,
): string {
  const parts: string[] = [
    '# Content reference',
    '',
    '<!-- Generated by npm run docs from src/schemas, src/core and src/lib/rules: do not edit. -->',
    '',
    'Every field of every file under `content/`, every code the vocabularies hold, the retention',
    'events and every rule of `npm run check`. Text fields take one text in the default language or',
    `one per language (\`{ en: …, nl: … }\`); dates are \`YYYY-MM-DD\`; durations ISO 8601 (\`P1Y\`, \`P30D\`, \`PT24H\`). The languages: ${LOCALES.join(', ')}.`,
    '',
  ];
  for (const entry of CONTENT_KINDS) {
    const schema = contentJsonSchema(entry.kind, vocabularies, comments);
    parts.push(
      `## ${entry.files}`,
      '',
      entry.about,
      '',
      '| field | type | required | what it is |',
      '| --- | --- | --- | --- |',
    );
    for (const row of fieldRows(schema))
      parts.push(
        `| \`${row.path}\` | ${cell(row.type)} | ${row.required} | ${cell(row.description)} |`,
      );
    parts.push('');
  }
  const en = translator('en');
  const nl = translator('nl');
  parts.push('## Roles', '', '| code | English | Dutch |', '| --- | --- | --- |');
  for (const role of ROLES)
    parts.push(`| \`${role}\` | ${en(`role.${role}`)} | ${nl(`role.${role}`)} |`);
  parts.push('', '## Lawful bases', '', '| code | English | Dutch |', '| --- | --- | --- |');
  for (const basis of LEGAL_BASES)
    parts.push(`| \`${basis}\` | ${en(`legalBasis.${basis}`)} | ${nl(`legalBasis.${basis}`)} |`);
  parts.push(
    '',
    '## Retention events (`retention.after`)',
    '',
    '| code | English | Dutch |',
    '| --- | --- | --- |',
  );
  for (const event of RETENTION_EVENTS)
    parts.push(
      `| \`${event}\` | ${en(`retention.event.${event}`)} | ${nl(`retention.event.${event}`)} |`,
    );
  parts.push(
    '',
    '## Outcomes of a transfer impact assessment',
    '',
    '| code | English | Dutch |',
    '| --- | --- | --- |',
  );
  for (const outcome of TIA_OUTCOMES)
    parts.push(`| \`${outcome}\` | ${en(`tia.${outcome}`)} | ${nl(`tia.${outcome}`)} |`);
  for (const name of VOCABULARY_NAMES) {
    const mechanisms = name === 'transferMechanisms';
    parts.push(
      '',
      `## Vocabulary: ${name}`,
      '',
      mechanisms
        ? '| code | English | Dutch | data protection laws it covers | DPV |'
        : `| code | English | Dutch |${name === 'dataCategories' ? ' special |' : ''} DPV |`,
      mechanisms
        ? '| --- | --- | --- | --- | --- |'
        : `| --- | --- | --- |${name === 'dataCategories' ? ' --- |' : ''} --- |`,
    );
    for (const term of vocabularies[name].values()) {
      const regimes = term.regimes ?? regimesOf(term.code);
      parts.push(
        `| \`${term.code}\` | ${cell(term.label.en)} | ${cell(term.label.nl ?? '')} |${
          mechanisms
            ? ` ${regimes.length === REGIMES.length ? 'all' : regimes.join(', ')} |`
            : name === 'dataCategories'
              ? ` ${term.special ? 'yes' : ''} |`
              : ''
        } ${term.iri ? `<${term.iri}>` : ''} |`,
      );
    }
  }
  parts.push(...lawMarkdown());
  parts.push('', `## Rules (${RULES.length})`, '', rulesTable(), '');
  return parts.join('\n');
}
