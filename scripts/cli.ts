// processor-registry <command>: the registry's commands for a company's own site, run from its
// root (content/ there, or REGISTRY_CONTENT). Built by scripts/build-cli.mjs into cli/ as plain
// JavaScript, so that it runs in Node from node_modules, without tsx.
const COMMANDS: Record<string, string> = {
  init: 'writes a new trust center site in a folder: init my-trust-center',
  check: 'checks content/ and the compliance rules; exits 1 on an error',
  new: 'scaffolds a recipient or a change: new processor "Postmark", new change --adds postmark',
  import: 'reads a published list (CSV, XLSX, HTML, Markdown, Word, JSON) into content/',
  release: 'freezes today’s list into content/releases/, hash-chained (--sign with a key)',
  notify: 'e-mails the changes announced today to subscribers, once each',
  verify: 'checks a published list and its hashes, as a customer’s tool would',
  migrate: 'brings content written for an older schema up to date',
  watch: 'reads the vendors’ own sub-processor lists and reports what changed',
  docs: 'writes docs/reference.md and docs/schema/ for this content, its own terms included',
};

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
