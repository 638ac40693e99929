/**
 * The descriptions of the content's fields: the doc comments of the schemas' zod object literals,
 * read with the TypeScript compiler's parser. Run where TypeScript is installed (this repository);
 * an installed package reads what `npm pack` saved of them (cli/field-comments.json).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

/** Field comments by the sorted keys of their object literal, then by field. */
export type FieldComments = Map<string, Map<string, string>>;

/** The schema sources whose field comments describe the content's fields. */
const SCHEMA_SOURCES = [
  'common',
  'organization',
  'product',
  'processor',
  'retention',
  'change',
  'vocabulary',
];
/** The field comments of the schema sources in `schemas` (the src/schemas/ folder). */
export const schemaFieldComments = (schemas: string): FieldComments =>
  fieldComments(
    SCHEMA_SOURCES.map((name) => readFileSync(path.join(schemas, `${name}.ts`), 'utf8')),
  );

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

/** The comments as JSON (an object of objects), as `npm pack` saves them for the installed command. */
export const commentsToJson = (comments: FieldComments): string =>
  JSON.stringify(Object.fromEntries([...comments].map(([k, v]) => [k, Object.fromEntries(v)])));
