// npm run docs: rewrites everything generated from the code: the README's rules table, the content
// reference (docs/reference.md) and the JSON Schemas of the content files (docs/schema/), made
// with the vocabularies of content/ (its own terms included). A test fails when any is stale.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { generatedDocs } from '../src/lib/authoring/docs';
import { contentDir } from '../src/lib/load/content-dir';

let changed = 0;
for (const [file, text] of generatedDocs(contentDir(), readFileSync('README.md', 'utf8'))) {
  let before: string | undefined;
  try {
    before = readFileSync(file, 'utf8');
  } catch {
    before = undefined;
  }
  if (before === text) continue;
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text);
  console.log(`${file}: rewritten.`);
  changed += 1;
}
if (changed === 0) console.log('The generated docs are up to date.');
