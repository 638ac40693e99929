/**
 * Every file generated from the code, by path from the project's root, with the text it must
 * hold: what `npm run docs` writes, and what a test compares the committed files with.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { vocabulariesFrom } from '../../core/vocabulary';
import { vocabularySchema } from '../../schemas/vocabulary';
import { withRulesTable } from '../rules/table';
import {
  CONTENT_KINDS,
  contentJsonSchema,
  fieldComments,
  referenceMarkdown,
  schemaPath,
} from './editor';

/** The schema sources whose field comments describe the content's fields. */
const SCHEMA_SOURCES = [
  'common',
  'organization',
  'product',
  'processor',
  'retention',
  'change',
  'vocabulary',
].map((name) => `src/schemas/${name}.ts`);

export function generatedDocs(content: string, readme: string): Map<string, string> {
  const folder = path.join(content, 'vocabulary');
  const files = existsSync(folder)
    ? readdirSync(folder).filter((f) => /^[^_.].*\.ya?ml$/.test(f))
    : [];
  const own = files.flatMap((f) => {
    const parsed = vocabularySchema.safeParse(parse(readFileSync(path.join(folder, f), 'utf8')));
    return parsed.success ? [parsed.data] : [];
  });
  const vocabularies = vocabulariesFrom(own);
  const comments = fieldComments(SCHEMA_SOURCES.map((file) => readFileSync(file, 'utf8')));
  return new Map([
    ['README.md', withRulesTable(readme)],
    ['docs/reference.md', referenceMarkdown(vocabularies, comments)],
    ...CONTENT_KINDS.map(
      ({ kind }) =>
        [
          schemaPath(kind),
          `${JSON.stringify(contentJsonSchema(kind, vocabularies, comments), null, 2)}\n`,
        ] as [string, string],
    ),
  ]);
}
