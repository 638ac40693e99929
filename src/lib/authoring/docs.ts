/**
 * Every file generated from the code, by path from the project's root, with the text it must
 * hold: what `npm run docs` writes, and what a test compares the committed files with.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { parse } from 'yaml';
import { vocabulariesFrom } from '../../core/vocabulary';
import { vocabularySchema } from '../../schemas/vocabulary';
import { withRulesTable } from '../rules/table';
import { CONTENT_KINDS, contentJsonSchema, referenceMarkdown, schemaPath } from './editor';

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

/**
 * The field comments of the zod object literals in the schema sources, by the set of their keys:
 * a JSON Schema object is described by the literal with exactly its keys.
 */
export function fieldComments(sources: readonly string[]): Map<string, Map<string, string>> {
  const found = new Map<string, Map<string, string>>();
  for (const text of sources) {
    const file = ts.createSourceFile('schema.ts', text, ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node) => {
      if (
        ts.isCallExpression(node) &&
        /\.(strictObject|object)$/.test(node.expression.getText(file)) &&
        node.arguments[0] &&
        ts.isObjectLiteralExpression(node.arguments[0])
      ) {
        const docs = new Map<string, string>();
        for (const property of node.arguments[0].properties) {
          const name = property.name?.getText(file).replace(/^['"]|['"]$/g, '');
          if (!name) continue;
          const comment = ts
            .getJSDocCommentsAndTags(property)
            .map((doc) => ts.getTextOfJSDocComment(doc.comment) ?? '')
            .join(' ')
            .replace(/\s+/g, ' ')
            .trim();
          docs.set(name, comment);
        }
        found.set([...docs.keys()].sort().join(','), docs);
      }
      ts.forEachChild(node, visit);
    };
    visit(file);
  }
  return found;
}

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
