// processor-registry <command>: the registry's commands for a company's own site, run from its
// root (content/ there, or REGISTRY_CONTENT). Built by scripts/build-cli.mjs into cli/ as plain
// JavaScript, so that it runs in Node from node_modules, without tsx.
import { COMMANDS } from '../src/lib/authoring/commands';

const [command] = process.argv.splice(2, 1);
if (command === undefined || command === '--help' || command === 'help' || !(command in COMMANDS)) {
  const list = Object.entries(COMMANDS)
    .map(([name, what]) => `  ${name.padEnd(8)} ${what}`)
    .join('\n');
  const known = command === undefined || command === '--help' || command === 'help';
  (known ? console.log : console.error)(
    `${known ? '' : `"${command}" is no command of processor-registry.\n\n`}Usage: processor-registry <command> [options], from your site's root.\n\n${list}`,
  );
  process.exitCode = known ? 0 : 2;
} else {
  // Each command is its own module beside this one; it reads its options from process.argv.
  await import(
    new URL(`./${command === 'init' ? 'create-site' : command}.js`, import.meta.url).href
  );
}
