/**
 * A company's own trust center site, as `processor-registry init <folder>` writes it: only what is
 * the company's (its package.json, astro.config.mjs, src/content.config.ts, content/, a README
 * and a CI workflow); everything else comes from the installed package.
 */
import { SITE_COMMANDS } from './commands';
import { initialContent, type InitAnswers } from './init';

export interface SiteSettings {
  /** The npm package name of the site (from its folder's name). */
  name: string;
  /** How package.json names the registry: a version range, or a file: path to a tarball. */
  dependency: string;
  /** The Astro version the registry is built with (its peer dependency). */
  astro: string;
  answers: InitAnswers;
}

/** The site's files, by path from its root. */
export function siteFiles({ name, dependency, astro, answers }: SiteSettings): Map<string, string> {
  const packageJson = {
    name,
    private: true,
    type: 'module',
    scripts: {
      dev: 'astro dev',
      build: 'astro build',
      start: 'astro build && astro preview',
      preview: 'astro preview',
      ...Object.fromEntries(
        SITE_COMMANDS.map((command) => [command, `processor-registry ${command}`]),
      ),
    },
    dependencies: { astro, 'processor-registry': dependency },
    engines: { node: '>=22.12' },
  };
  const files = new Map<string, string>([
    ['package.json', `${JSON.stringify(packageJson, null, 2)}\n`],
    [
      'astro.config.mjs',
      `// The trust center of ${answers.tradeName.trim()}: the registry with this company's presentation.
// Options (logo, colors, customCss, components, embed): see the registry's README, "Your brand".
import { defineConfig } from 'astro/config';
import processorRegistry from 'processor-registry';

export default defineConfig({
  integrations: [processorRegistry()],
});
`,
    ],
    [
      'src/content.config.ts',
      `// The content collections of content/, with the registry's loaders and schemas.
export { collections } from 'processor-registry/content';
`,
    ],
    ['.gitignore', 'node_modules/\ndist/\n.astro/\n'],
    [
      'README.md',
      `# ${answers.tradeName.trim()} trust center

The processors and sub-processors of ${answers.legalName.trim()}, published with
[processor-registry](https://www.npmjs.com/package/processor-registry): the facts live in
\`content/\`, the presentation in \`astro.config.mjs\`, everything else comes from the package.

\`\`\`sh
npm install && npm start                     # build and serve it on http://localhost:4321
npm run new -- processor "Vendor name"       # a recipient, scaffolded
npm run import -- our-list.xlsx              # the list you publish today (CSV, XLSX, HTML, Word, …)
npm run new -- change --adds <processor>     # announce one (the notice period is filled in)
npm run check                                # what is left to fill in, file by file
npm run release                              # freeze today's list, hash-chained
npm run docs                                 # docs/: the fields and codes your content may use
\`\`\`

\`npm update processor-registry\` brings fixes and new law tables; after an update that changes
the content's schema, \`npm run migrate\` brings \`content/\` forward. \`.github/workflows/publish.yml\`
builds on every push to main, deploys (fill in your host's step) and e-mails announced changes.
`,
    ],
    [
      '.github/workflows/publish.yml',
      `# Build on every push to main and every morning; deploy; e-mail the changes announced today;
# commit the ledger of what went out. Secrets: SMTP_HOST, SMTP_USER, SMTP_PASSWORD,
# SUBSCRIBERS_CSV, and whatever your host's deploy step needs.
name: publish
on:
  push: { branches: [main] }
  pull_request:
  schedule: [{ cron: '0 6 * * *' }]
permissions: { contents: write }
jobs:
  publish:
    runs-on: ubuntu-latest
    concurrency: publish
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with: { node-version: 24 }
      - run: npm install
      - run: npm run check
      - run: npm run build
      - if: github.event_name != 'pull_request'
        run: echo "Deploy dist/ here, e.g. npx wrangler pages deploy dist"
      - if: github.event_name != 'pull_request'
        run: printf '%s' "$SUBSCRIBERS" > "$RUNNER_TEMP/subscribers.csv"
        env: { SUBSCRIBERS: "\${{ secrets.SUBSCRIBERS_CSV }}" }
      - if: github.event_name != 'pull_request'
        run: npm run notify
        env:
          REGISTRY_SUBSCRIBERS: \${{ runner.temp }}/subscribers.csv
          SMTP_HOST: \${{ secrets.SMTP_HOST }}
          SMTP_PORT: "587"
          SMTP_USER: \${{ secrets.SMTP_USER }}
          SMTP_PASSWORD: \${{ secrets.SMTP_PASSWORD }}
          SMTP_FROM: "${answers.tradeName.trim()} privacy <${answers.privacyContact.trim()}>"
      - if: always() && github.event_name != 'pull_request'
        run: |
          git add content/notices
          git diff --cached --quiet || { git -c user.name=notify -c user.email=notify@users.noreply.github.com commit -m "Send ledger" && git push; }
`,
    ],
  ]);
  // The content files' editor hints point at the JSON Schemas the installed package holds.
  for (const [file, text] of initialContent(answers))
    files.set(
      `content/${file}`,
      text.replace(
        /(\$schema=(?:\.\.\/)+)docs\/schema\//,
        '$1node_modules/processor-registry/docs/schema/',
      ),
    );
  return files;
}

/** Where the template for `npm create astro -- --template` lives in this repository. */
export const TEMPLATE_FOLDER = 'examples/company-site';

/**
 * The template's company: an example at example.com (reserved for examples, RFC 2606), with no
 * notice period stated, so that nothing in it passes for a real company's promise.
 */
export const TEMPLATE_ANSWERS: InitAnswers = {
  legalName: 'Example Company B.V.',
  tradeName: 'Example Company',
  street: 'Voorbeeldstraat 1',
  postalCode: '1000 AA',
  city: 'Amsterdam',
  country: 'NL',
  privacyContact: 'privacy@example.com',
  objectionAddress: 'privacy@example.com',
  siteUrl: 'https://www.example.com/legal/subprocessors/',
  locales: 'en',
  defaultLocale: 'en',
  noticePeriodDays: 'not-stated',
  product: 'Example App',
};

/**
 * The template's files, by path from this repository's root: what `init` writes for the example
 * company, with a README that says what to replace first. `npm run docs` writes them; a test
 * compares them with what is committed.
 */
export function templateFiles(settings: Pick<SiteSettings, 'dependency' | 'astro'>) {
  const files = siteFiles({ ...settings, name: 'trust-center', answers: TEMPLATE_ANSWERS });
  files.set(
    'README.md',
    `<!-- The template of a company's trust center: npm create astro -- --template <this repository>/${TEMPLATE_FOLDER} -->
${files.get('README.md')!}
## First: make it your company's

This site was made from the registry's template, for an example company. Before you publish,
replace in \`content/organization.yaml\` the legal and trade name, the address, the privacy and
objection addresses, the site's address and the notice period you promise (a number of days, or
\`none\`), and rename the product in \`content/products/\`. Or write a new site with your answers:
\`npx processor-registry init my-trust-center\`.
`,
  );
  return new Map([...files].map(([file, text]) => [`${TEMPLATE_FOLDER}/${file}`, text]));
}
