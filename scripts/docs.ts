// npm run docs: rewrites everything generated from the code: the README's rules table, the content
// reference (docs/reference.md) and the JSON Schemas of the content files (docs/schema/), made
// with the vocabularies of content/ (its own terms included). A test fails when any is stale.
// It also writes the template of a company's site (examples/company-site/), as init would.
// Installed, as `processor-registry docs`, it writes docs/reference.md and docs/schema/ for the
// site's own content, and leaves its README alone.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { commentsFromJson, generatedDocs } from '../src/lib/authoring/docs';
import { contentDir } from '../src/lib/load/content-dir';
import { templateFiles } from '../src/lib/authoring/site';

// The installed command has the schemas' field comments saved by `npm pack` (scripts/build-cli.mjs);
// this repository reads them from the schemas' sources, with TypeScript.
const saved = new URL('./field-comments.json', import.meta.url);
const installed = existsSync(saved);
const comments = installed
  ? commentsFromJson(readFileSync(saved, 'utf8'))
  : (await import('../src/lib/authoring/field-comments')).schemaFieldComments(
      fileURLToPath(new URL('../src/schemas/', import.meta.url)),
    );
const files = generatedDocs({
  content: contentDir(),
  comments,
  ...(installed ? {} : { readme: readFileSync('README.md', 'utf8') }),
});
// This repository also keeps the template for `npm create astro -- --template` as init writes it.
if (!installed) {
  const own = JSON.parse(readFileSync('package.json', 'utf8')) as {
    version: string;
    peerDependencies: { astro: string };
  };
  for (const [file, text] of templateFiles({
    dependency: `^${own.version}`,
    astro: own.peerDependencies.astro,
  }))
    files.set(file, text);
}

let changed = 0;
for (const [file, text] of files) {
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
