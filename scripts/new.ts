// npm run new -- processor "Vendor name"   writes content/processors/<vendor-name>.md
// npm run new -- change ["short title"]     writes content/changes/<effective>-<title>.yaml
// npm run new -- change --adds <processor>   an addition of that processor: announced today, in
//                                            effect after the notice period; --removes likewise
// Each file is valid once its FILL IN placeholders are replaced; npm run check lists what is left.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { parse } from 'yaml';
import { buildDate } from '../src/core/dates';
import { didYouMean } from '../src/core/suggest';
import { changeScaffold, type NamedProcessor } from '../src/lib/authoring/scaffold';
import { PLACEHOLDER } from '../src/core/placeholder';
import { contentDir, productIds } from '../src/lib/load/content-dir';
import { slugId } from '../src/core/slug';
import { writeInside } from '../src/lib/authoring/write';
import { organizationText } from '../src/lib/load/organization-file';

const dir = contentDir();
const [kind, title] = process.argv.slice(2);
/** The registry's product, if it has just one: what a new processor or change serves. */
const products = productIds(dir);
const onlyProduct = products.length === 1 ? products[0] : undefined;

/** The processor a change names, from its file: its name and products; exits with a "did you mean" if there is none. */
function processorNamed(id: string): NamedProcessor {
  const folder = path.join(dir, 'processors');
  const files = existsSync(folder) ? readdirSync(folder) : [];
  const file = files.find((f) => f.replace(/\.(md|ya?ml)$/, '') === id);
  if (!file) {
    const guess = didYouMean(
      id,
      files.filter((f) => /\.(md|ya?ml)$/.test(f)).map((f) => f.replace(/\.(md|ya?ml)$/, '')),
    );
    console.error(
      `There is no processor "${id}" in ${path.relative(process.cwd(), folder)}/.${guess ? ` Did you mean "${guess}"?` : ''} Scaffold it first: npm run new -- processor "Name"`,
    );
    process.exit(1);
  }
  const raw = readFileSync(path.join(folder, file), 'utf8');
  const yaml = file.endsWith('.md') ? (/^---\r?\n([\s\S]*?)\r?\n---/.exec(raw)?.[1] ?? '') : raw;
  const data = (parse(yaml) ?? {}) as { name?: unknown; products?: unknown };
  return {
    id,
    name: typeof data.name === 'string' ? data.name : id,
    products: Array.isArray(data.products) ? data.products.map(String) : [],
  };
}
const fill = (what: string) => `"${PLACEHOLDER}: ${what}"`;
const slug = (text: string) => slugId(text, kind ?? 'entry');

/** Writes a scaffold inside the content folder, never over a file or beside one with the same id. */
function write(relative: string, text: string) {
  const [result] = writeInside(dir, new Map([[relative, text]]));
  const shown = path.relative(process.cwd(), path.join(dir, relative));
  if (!result?.written) {
    console.error(
      `${shown}: ${result?.reason ?? 'not written'}: choose another name or edit that file.`,
    );
    process.exit(1);
  }
  console.log(`Wrote ${shown}. Replace every ${PLACEHOLDER}, then run npm run check.`);
}

if (kind === 'processor' && title) {
  write(
    `processors/${slug(title)}.md`,
    `---
# ${title}: one file per vendor. Codes come from the vocabularies listed in the README.
name: ${JSON.stringify(title)}
# The legal entity the contract is with, and its country (ISO 3166-1 alpha-2: NL, IE, US, ...).
legalEntity:
  name: ${fill("the vendor's legal entity, e.g. Vendor B.V.")}
  country: ${fill('its country code, e.g. NL')}
# parent: The group it belongs to
# website: https://vendor.example
# Who it is to you: see "Recipients and their roles" in the README.
role: ${fill('sub-processor, processor, independent-controller, joint-controller or recipient-category')}
# The products it serves: file names in content/products/.
products: [${onlyProduct ?? fill('a product id')}]
# What it does with which data. Add one entry per distinct use of data.
activities:
  - purpose: ${fill('a purpose code, e.g. hosting')}
    # Text in the site's default language, or one per language: { en: …, nl: … }
    description: ${fill('what the vendor does, in a sentence')}
    dataCategories: [${fill('data category codes, e.g. email-address')}]
    dataSubjects: [${fill('data subject codes, e.g. users')}]
    # { period: P1Y }, { period: P30D, after: deletion-by-user }, { upTo: PT24H, note: a few hours }, or not-disclosed
    retention: { period: ${fill('an ISO 8601 duration, e.g. P1Y')} }
    # Where the data is processed (remote access counts) and, if different, stored; not-disclosed if the vendor does not say.
    processing: [${fill('country codes, e.g. NL')}]
    # storage: [NL]
# One entry per country outside the EEA, e.g.:
#   - country: US
#     mechanisms: [dpf, scc]
#     sccModule: 3
#     dpfVerifiedOn: ${buildDate()}
transfers: []
certifications: []
# dpa: { title: Vendor data processing agreement, url: https://vendor.example/dpa, signedOn: ${buildDate()} }
# subprocessorListUrl: https://vendor.example/subprocessors
---

Optional notes in Markdown.
`,
  );
} else if (kind === 'change') {
  const text = organizationText(dir);
  const organization = text ? (parse(text) as { noticePeriodDays?: unknown } | null) : {};
  const { values, positionals } = parseArgs({
    args: process.argv.slice(3),
    options: { adds: { type: 'string' }, removes: { type: 'string' } },
    allowPositionals: true,
  });
  const { file, text: scaffold } = changeScaffold({
    today: buildDate(),
    noticePeriodDays: Number(organization?.noticePeriodDays ?? 30),
    adds: values.adds === undefined ? undefined : processorNamed(values.adds),
    removes: values.removes === undefined ? undefined : processorNamed(values.removes),
    title: positionals[0],
    onlyProduct,
  });
  write(file, scaffold);
} else {
  console.error(
    'Usage: npm run new -- processor "Vendor name"   or   npm run new -- change ["short title" | --adds <processor> | --removes <processor>]',
  );
  process.exit(2);
}
