/**
 * Every file generated from the code, by path from the project's root, with the text it must
 * hold: what `npm run docs` writes, and what a test compares the committed files with; in a
 * company's site, what `processor-registry docs` writes for its content (no README).
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { vocabulariesFrom } from '../../core/vocabulary';
import { vocabularySchema } from '../../schemas/vocabulary';
import { withRulesTable } from '../rules/table';
import { CONTENT_KINDS, contentJsonSchema, referenceMarkdown, schemaPath } from './editor';
import type { FieldComments } from './field-comments';

/**
 * The generated files for the content in `content` (its own vocabulary terms included), with the
 * field descriptions `comments`; with `readme`, also the README with its rules table rewritten.
 */
export function generatedDocs({
  content,
  comments,
  readme,
}: {
  content: string;
  comments: FieldComments;
  readme?: string;
}): Map<string, string> {
  const folder = path.join(content, 'vocabulary');
  const files = existsSync(folder)
    ? readdirSync(folder).filter((f) => /^[^_.].*\.ya?ml$/.test(f))
    : [];
  const own = files.flatMap((f) => {
    const parsed = vocabularySchema.safeParse(parse(readFileSync(path.join(folder, f), 'utf8')));
    return parsed.success ? [parsed.data] : [];
  });
  const vocabularies = vocabulariesFrom(own);
  return new Map([
    ...(readme === undefined ? [] : [['README.md', withRulesTable(readme)] as [string, string]]),
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

/** Field comments saved as JSON by `npm pack` (cli/field-comments.json), for the installed command. */
export const commentsFromJson = (json: string): FieldComments =>
  new Map(
    Object.entries(JSON.parse(json) as Record<string, Record<string, string>>).map(([k, v]) => [
      k,
      new Map(Object.entries(v)),
    ]),
  );
