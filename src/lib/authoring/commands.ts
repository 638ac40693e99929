/**
 * The processor-registry command's subcommands, once: its help (scripts/cli.ts), its build
 * (scripts/build-cli.mjs: each one a module of cli/) and the npm scripts of a company's site
 * (./site.ts) are made from this table.
 */
export const COMMANDS = {
  init: 'writes a new trust center site in a folder: init my-trust-center',
  check: 'checks content/ and the compliance rules; exits 1 on an error',
  new: 'scaffolds a recipient or a change: new processor "Postmark", new change --adds postmark',
  import: 'reads a published list (CSV, XLSX, HTML, Markdown, Word, PDF, JSON) into content/',
  release: 'freezes today’s list into content/releases/, hash-chained (--sign, --timestamp)',
  notify: 'e-mails the changes announced today to subscribers, once each',
  verify: 'checks a published list and its hashes, as a customer’s tool would',
  migrate: 'brings content written for an older schema up to date',
  watch: 'reads the vendors’ own sub-processor lists and reports what changed',
  docs: 'writes docs/reference.md and docs/schema/ for this content, its own terms included',
} as const;

export type CommandName = keyof typeof COMMANDS;

/** The commands a site runs from its root (init makes a site: it is run before there is one). */
export const SITE_COMMANDS = (Object.keys(COMMANDS) as CommandName[]).filter(
  (name) => name !== 'init',
);
