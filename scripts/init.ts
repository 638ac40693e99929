// npm run init [-- --legal-name "Acme B.V." --country NL … --yes] [--force]
// Starts a registry of your own: asks what it needs (or takes it as options, for scripts), moves
// the example content to examples/klimaatmeter/content (npm start -- --example still shows it)
// and writes a minimal valid content/ that builds at once. Refuses over a registry of your own
// unless --force, which keeps it beside as content.before-init-<date>/.
import { existsSync, mkdirSync, readFileSync, renameSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { parse } from 'yaml';
import { buildDate } from '../src/core/dates';
import { INIT_QUESTIONS, initialContent } from '../src/lib/authoring/init';
import { initAnswers } from './init-answers';
import { writeInside } from '../src/lib/authoring/write';
import { EXAMPLE_DIR } from '../src/lib/load/content-dir';

const { values } = parseArgs({
  options: {
    ...Object.fromEntries(INIT_QUESTIONS.map((q) => [q.option, { type: 'string' as const }])),
    root: { type: 'string', default: process.cwd() },
    force: { type: 'boolean', default: false },
    yes: { type: 'boolean', default: false },
  },
});
const root = path.resolve(String(values.root));
const content = path.join(root, 'content');
const example = path.join(root, EXAMPLE_DIR);
const shown = (dir: string) => path.relative(process.cwd(), dir) || '.';

/** The content folder there is now: none, the example, or a registry of the user's own. */
function existing(): 'none' | 'example' | 'own' {
  const file = path.join(content, 'organization.yaml');
  if (!existsSync(content)) return 'none';
  if (!existsSync(file)) return 'own';
  try {
    return (parse(readFileSync(file, 'utf8')) as { exampleData?: unknown })?.exampleData === true
      ? 'example'
      : 'own';
  } catch {
    return 'own';
  }
}

const found = existing();
if (found === 'own' && !values.force) {
  console.error(
    `${shown(content)}/ already holds a registry of your own: npm run init would replace it. Run it with --force to keep that one as content.before-init-${buildDate()}/ and start afresh.`,
  );
  process.exit(1);
}
if (found === 'example' && existsSync(example) && !values.force) {
  console.error(
    `${shown(example)}/ already exists, and ${shown(content)}/ holds example content too: remove one of them, or run with --force to keep ${shown(content)}/ as content.before-init-${buildDate()}/.`,
  );
  process.exit(1);
}

const answers = await initAnswers(values, 'npm run init');

// Out of the way: the example to examples/, a registry of one's own (with --force) beside content/.
if (found === 'example' && !existsSync(example)) {
  mkdirSync(path.dirname(example), { recursive: true });
  renameSync(content, example);
  console.log(`Moved the example content to ${shown(example)}/ (npm start -- --example shows it).`);
} else if (found !== 'none') {
  let kept = path.join(root, `content.before-init-${buildDate()}`);
  for (let n = 2; existsSync(kept); n++)
    kept = path.join(root, `content.before-init-${buildDate()}-${n}`);
  renameSync(content, kept);
  console.log(`Kept the previous content as ${shown(kept)}/.`);
}
mkdirSync(content, { recursive: true });
const results = writeInside(content, initialContent(answers));
const failed = results.filter((r) => !r.written);
if (failed.length > 0) {
  console.error(failed.map((r) => `${r.file}: ${r.reason}`).join('\n'));
  process.exit(1);
}
console.log(`Wrote ${shown(content)}/: organization.yaml and one product.

Next:
  npm run new -- processor "Vendor name"     a recipient, scaffolded
  npm run import -- our-list.xlsx            the list you publish (CSV, XLSX, HTML, Word, …)
  npm run new -- change --adds <processor>   announce one (the notice period is filled in)
  npm run check                              what is left to fill in
  npm start                                  build and serve your trust center`);
