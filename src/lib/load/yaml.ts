/**
 * What is wrong with a YAML text, in the words the rules use: the parser's first sentence, and
 * for a key given twice the key itself (the parsers behind the build only say "duplicated
 * mapping key"). Used by npm run check and to explain a file Astro's loader could not parse.
 */
import { parseDocument } from 'yaml';

/** The YAML of a data file, or the front matter of a Markdown/MDX file (a byte-order mark ignored). */
export function yamlOf(text: string, file: string): string {
  const plain = text.replace(/^\uFEFF/, '');
  if (!/\.mdx?$/.test(file)) return plain;
  const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(plain);
  return match?.[1] ?? '';
}

/** The first problem of a YAML text as a sentence, or undefined when it parses. */
export function yamlProblem(yaml: string): string | undefined {
  const document = parseDocument(yaml, { uniqueKeys: true, prettyErrors: true });
  const error = document.errors[0];
  if (!error) return undefined;
  const line = error.linePos?.[0]?.line;
  if (error.code === 'DUPLICATE_KEY') {
    const key = /^\s*["']?([^"':\n]+)/.exec(yaml.slice(error.pos[0]))?.[1]?.trim();
    return `the key "${key ?? '?'}" is given twice${line ? ` (the second time on line ${line})` : ''}: keep one of them`;
  }
  // The parser's first line says what and where; the excerpt after its colon is left out.
  return error.message.split('\n')[0]!.replace(/:\s*$/, '');
}
