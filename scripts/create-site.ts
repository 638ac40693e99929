// processor-registry init <folder> [--legal-name "Acme B.V." … --yes] [--package <spec>]
// A company's own trust center site in a new folder: package.json depending on the registry,
// astro.config.mjs, src/content.config.ts, a minimal valid content/, a README and a CI workflow.
// --package says how package.json names the registry (default: this version's range; a tarball:
// file:../processor-registry-0.1.0.tgz). Refuses a folder that holds anything.
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { INIT_QUESTIONS } from '../src/lib/authoring/init';
import { siteFiles } from '../src/lib/authoring/site';
import { slugId } from '../src/core/slug';
import ownPackage from '../package.json' with { type: 'json' };
import { initAnswers } from './init-answers';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    ...Object.fromEntries(INIT_QUESTIONS.map((q) => [q.option, { type: 'string' as const }])),
    package: { type: 'string' },
    yes: { type: 'boolean', default: false },
  },
});
const [folder] = positionals;
if (!folder) {
  console.error('Name the folder to create: processor-registry init my-trust-center');
  process.exit(2);
}
const root = path.resolve(folder);
if (existsSync(root) && readdirSync(root).length > 0) {
  console.error(`${folder} already holds files: name a new or an empty folder.`);
  process.exit(1);
}
const answers = await initAnswers(values, 'processor-registry init');
const files = siteFiles({
  name: slugId(path.basename(root), 'trust-center'),
  dependency: values.package ?? `^${ownPackage.version}`,
  astro: ownPackage.peerDependencies.astro,
  answers,
});
for (const [file, text] of files) {
  const target = path.join(root, file);
  mkdirSync(path.dirname(target), { recursive: true });
  writeFileSync(target, text, { flag: 'wx' });
}
console.log(`Wrote ${folder}/: ${[...files.keys()].length} files, content/ with organization.yaml and one product.

Next:
  cd ${folder}
  npm install && npm start        your trust center on http://localhost:4321
  npm run check                   what is left to fill in
  (and see README.md there)`);
