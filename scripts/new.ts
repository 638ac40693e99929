// npm run new -- processor "Vendor name"   writes content/processors/<vendor-name>.md
// npm run new -- change ["short title"]     writes content/changes/<effective>-<title>.yaml
// Each file is valid once its FILL IN placeholders are replaced; npm run check lists what is left.
import path from 'node:path';
import { parse } from 'yaml';
import { addDays, buildDate } from '../src/core/dates';
import { PLACEHOLDER } from '../src/core/placeholder';
import { contentDir } from '../src/lib/load/content-dir';
import { slugId } from '../src/core/slug';
import { writeInside } from '../src/lib/authoring/write';
import { organizationText } from '../src/lib/load/organization-file';

const dir = contentDir();
const [kind, title] = process.argv.slice(2);
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
products: [${fill('a product id')}]
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
  const notice = Number(organization?.noticePeriodDays ?? 30);
  const announced = buildDate();
  const effective = addDays(announced, notice);
  write(
    `changes/${effective}-${slugId(title ?? 'new-change', 'new-change')}.yaml`,
    `# A change to the list. Announce a new sub-processor at least ${notice} days ahead (other recipients need no notice).
# added | removed | replaced (then list the processors that stop under replaces) | changed
type: ${fill('listed (the first list), added, removed, replaced or changed')}
# File names in content/processors/ (create a new processor with npm run new -- processor "Name").
processors: [${fill('a processor id')}]
# replaces: [old-processor]
announced: ${announced}
effective: ${effective}
# objectionDeadline: left out, it is derived from the notice period
products: [${fill('a product id')}]
# Texts in the site's default language, or one per language: { en: …, nl: … }
summary: ${fill('one sentence: what changes')}
reason: ${fill('why')}
# emergency: { justification: why this cannot wait for the full notice period }
`,
  );
} else {
  console.error(
    'Usage: npm run new -- processor "Vendor name"   or   npm run new -- change ["short title"]',
  );
  process.exit(2);
}
