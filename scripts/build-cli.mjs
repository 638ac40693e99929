// npm run build:cli: the processor-registry command as plain JavaScript in cli/ (esbuild), each
// command a module of its own, the project's own code bundled in and its dependencies left to
// node_modules, so that it runs in Node from an installed package, without tsx.
import { build } from 'esbuild';
import { rm, writeFile } from 'node:fs/promises';
import { tsImport } from 'tsx/esm/api';

// The subcommands, from the one table of them (src/lib/authoring/commands.ts); init is create-site.
const { SITE_COMMANDS: COMMANDS } = await tsImport(
  '../src/lib/authoring/commands.ts',
  import.meta.url,
);

await rm('cli', { recursive: true, force: true });
await build({
  entryPoints: {
    'processor-registry': 'scripts/cli.ts',
    ...Object.fromEntries(COMMANDS.map((name) => [name, `scripts/${name}.ts`])),
    'create-site': 'scripts/create-site.ts',
  },
  outdir: 'cli',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node22',
  packages: 'external',
  banner: { js: '#!/usr/bin/env node' },
  logLevel: 'warning',
});
// `docs` describes each field by its schema's comments, which only TypeScript's parser reads: they
// are saved here, so that the installed command needs no TypeScript.
const { schemaFieldComments, commentsToJson } = await tsImport(
  '../src/lib/authoring/field-comments.ts',
  import.meta.url,
);
await writeFile('cli/field-comments.json', commentsToJson(schemaFieldComments('src/schemas')));
console.log(`cli/: processor-registry and ${COMMANDS.length + 1} commands.`);
