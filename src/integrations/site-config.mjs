// @ts-check
// What a registry's Astro site is made of, whoever's site it is: the site's address and base path
// and its languages (from content/organization.yaml), the Markdown processor that sanitises notes,
// the caches, the build's settings and the integrations the registry needs. processorRegistry()
// (./registry.ts) applies it with updateConfig, so a company's astro.config.mjs holds only that call.
import { satteri } from '@astrojs/markdown-satteri';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defaultSchema, sanitize } from 'hast-util-sanitize';
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import path from 'node:path';
import { find, html } from 'property-information';
import { toText } from 'hast-util-to-text';
import { parse } from 'yaml';
import { displayPath } from '../core/display-path.ts';
import { basePathOf } from '../core/site-path.ts';
import checksums from './checksums.ts';
import pagefind from './pagefind.ts';
import { COLLECTIONS } from '../lib/load/collections.ts';
import { contentDir } from '../lib/load/content-dir.ts';
import { organizationText } from '../lib/load/organization-file.ts';

const content = contentDir();

/** organization.yaml as written; the schema checks it during the build, so here a bad value only loses a setting. */
function organization() {
  try {
    return parse(organizationText(content) ?? '') ?? {};
  } catch {
    return {};
  }
}

const org = organization();
const site =
  typeof org.siteUrl === 'string' && /^https?:\/\//.test(org.siteUrl) ? org.siteUrl : undefined;
// A trust center at a path of its publisher's site (https://example.com/legal/subprocessors/):
// Astro serves its pages and assets under that path; src/lib builds every link through it.
const base = site ? basePathOf(site) : '/';
// The languages and the default one, for Astro's i18n routing: the default language at the root,
// every other under /<code>/ (src/routes/[...lang]/ renders each page once per language).
const defaultLocale = typeof org.defaultLocale === 'string' ? org.defaultLocale : 'en';
const locales =
  Array.isArray(org.locales) && org.locales.length > 0
    ? [...new Set([defaultLocale, ...org.locales.map(String)])]
    : [defaultLocale];
// Other content (fixtures, bench) keeps its content-layer cache and Vite's dependency cache beside
// it, not in the project's: builds of different content run at once (the fixture tests) and would
// otherwise rewrite the same node_modules/.vite/deps under each other.
// Astro's content cache keeps parsed entries and rendered notes between builds, keyed by the files'
// text only: after an upgrade that changes a schema (a default, a new field) or a move to another
// base path, it would serve entries made by the old code. Its folder is named by what it depends on.
const cacheKey = createHash('sha256')
  .update(base)
  .update(
    readdirSync(fileURLToPath(new URL('../schemas/', import.meta.url)))
      .sort()
      .map((file) => readFileSync(fileURLToPath(new URL(`../schemas/${file}`, import.meta.url))))
      .join('\n'),
  )
  .digest('hex')
  .slice(0, 12);
const cacheDir = process.env.REGISTRY_CONTENT
  ? path.join(path.dirname(content), '.astro-cache', cacheKey)
  : path.join('node_modules', '.astro', cacheKey);

// MDX notes are JavaScript that runs on the build machine (imports, {expressions}), so content that
// anyone may propose cannot be MDX: a .mdx file fails the build unless the one who runs it says
// REGISTRY_MDX=1. The switch lives outside content/ on purpose: a pull request that adds an .mdx
// file must not be able to switch MDX on in the same change.
const mdxEnabled = process.env.REGISTRY_MDX === '1';

/** The .mdx files the content collections would read (drafts, named _…, they never read). */
function mdxFiles() {
  return Object.values(COLLECTIONS)
    .filter((collection) => collection.extensions.includes('.mdx'))
    .flatMap((collection) => {
      const folder = path.join(content, collection.folder);
      try {
        return readdirSync(folder, { recursive: true, encoding: 'utf8' })
          .filter((file) => file.endsWith('.mdx') && !path.basename(file).startsWith('_'))
          .map((file) => path.join(folder, file));
      } catch {
        return [];
      }
    })
    .sort();
}

/** @type {import('astro').AstroIntegration} */
const mdxOptIn = {
  name: 'mdx-opt-in',
  hooks: {
    'astro:config:setup': () => {
      const files = mdxFiles();
      if (mdxEnabled || files.length === 0) return;
      const renames = files
        .map((file) => `  ${displayPath(file)}: rename it to ${path.basename(file, '.mdx')}.md`)
        .join('\n');
      const error = new Error(
        [
          `MDX is off, and ${files.length === 1 ? 'this file is' : 'these files are'} MDX:`,
          renames,
          'MDX runs as code on the build machine, so notes are Markdown: links, lists, tables and ' +
            'simple HTML all work in a .md file.',
          'Only if everyone who can change the content may run code where the site is built: ' +
            'switch MDX on with REGISTRY_MDX=1.',
        ].join('\n'),
      );
      error.name = 'MdxNotEnabled';
      throw error;
    },
  },
};

// Notes are untrusted input (they arrive in pull requests), so the HTML they may carry is cut down
// to GitHub's safe subset by hast-util-sanitize (the sanitiser behind rehype-sanitize), in the
// Markdown processor that renders every note: .md and .mdx, default and translated. What goes:
// <script>, <iframe>, <style>, <form> and every other tag not on the list, event-handler and style
// attributes, link targets other than http(s), mailto, tel, irc and xmpp and image sources other
// than http(s) (so no javascript:, data: or vbscript:; relative ones stay). Ids written in HTML get a user-content- prefix, so a note
// cannot take over an id the page uses. In MDX, components, {expressions} and imports are left
// alone: they are code, which is why MDX is off unless the build is told otherwise.
/** @type {import('hast-util-sanitize').Schema} */
const noteSchema = {
  ...defaultSchema,
  // A task list's checkbox is the one input a note may hold; <style> goes with its text.
  ancestors: { ...defaultSchema.ancestors, input: ['li'] },
  strip: [...(defaultSchema.strip ?? []), 'style'],
  protocols: {
    ...defaultSchema.protocols,
    href: [...(defaultSchema.protocols?.href ?? []), 'tel'],
  },
};
const CLOBBER_PREFIX = defaultSchema.clobberPrefix ?? 'user-content-';
const MDX_NODES = new Set([
  'mdxJsxFlowElement',
  'mdxJsxTextElement',
  'mdxFlowExpression',
  'mdxTextExpression',
  'mdxjsEsm',
]);
const TABLE_ALIGN = /^text-align:\s*(left|center|right)$/;

/**
 * A plain copy of the processor's tree, readied for the sanitiser: a table column's alignment as the
 * align attribute (the style attribute it comes as would need 'unsafe-inline' styles), footnote ids
 * without the prefix the sanitiser adds once more, and JSX written as a lowercase HTML tag in MDX as
 * that element (only its plain string attributes kept), so the sanitiser judges it like HTML.
 * @param {any} node
 * @returns {any}
 */
function prepare(node) {
  if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
    if (typeof node.name === 'string' && /^[a-z][a-z0-9]*$/.test(node.name)) {
      /** @type {Record<string, unknown>} */
      const properties = {};
      for (const attribute of node.attributes ?? []) {
        if (attribute.type === 'mdxJsxAttribute' && typeof (attribute.value ?? '') === 'string')
          properties[find(html, attribute.name).property] = attribute.value ?? true;
      }
      return prepare({ type: 'element', tagName: node.name, properties, children: node.children });
    }
  }
  const copy = { ...node };
  delete copy._resolver;
  delete copy._id;
  if (node.type === 'element') {
    const { style, ...properties } = node.properties ?? {};
    const align =
      (node.tagName === 'td' || node.tagName === 'th') &&
      TABLE_ALIGN.exec(String(style ?? '').trim());
    copy.properties = align ? { ...properties, align: align[1] } : (node.properties ?? {});
    const id = copy.properties.id;
    if (typeof id === 'string' && id.startsWith(CLOBBER_PREFIX))
      copy.properties = { ...copy.properties, id: id.slice(CLOBBER_PREFIX.length) };
  }
  if (Array.isArray(node.children)) copy.children = node.children.map(prepare);
  return copy;
}

/** @param {any} node @returns {boolean} */
const holdsMdx = (node) =>
  MDX_NODES.has(node.type) || (Array.isArray(node.children) && node.children.some(holdsMdx));

/**
 * Sanitises children that may hold MDX: HTML parts whole, an element around MDX by itself (its
 * tag and attributes), MDX nodes kept with their children sanitised in turn.
 * @param {any[]} children
 * @returns {any[]}
 */
function sanitizeMixed(children) {
  return children.flatMap((child) => {
    if (MDX_NODES.has(child.type))
      return Array.isArray(child.children)
        ? [{ ...child, children: sanitizeMixed(child.children) }]
        : [child];
    if (!holdsMdx(child))
      return /** @type {any} */ (sanitize({ type: 'root', children: [child] }, noteSchema))
        .children;
    const [shell] = /** @type {any} */ (
      sanitize({ type: 'root', children: [{ ...child, children: [] }] }, noteSchema)
    ).children;
    if (shell?.type === 'element') return [{ ...shell, children: sanitizeMixed(child.children) }];
    return noteSchema.strip?.includes(child.tagName) ? [] : sanitizeMixed(child.children);
  });
}

/**
 * A note's links to pages of the site (/processors/transip/) put under the path the site is served
 * at, as every other link is: a note is written with the site's own paths.
 * @param {any} node
 * @returns {any}
 */
function underBase(node) {
  if (base === '/') return node;
  if (
    node.type === 'element' &&
    typeof node.properties?.href === 'string' &&
    /^\/(?!\/)/.test(node.properties.href)
  )
    node.properties.href = `${base.replace(/\/$/, '')}${node.properties.href}`;
  if (Array.isArray(node.children)) node.children.forEach(underBase);
  return node;
}

/**
 * Every table written in Markdown (a note's, the content reference's) reads as cards on a phone,
 * as the site's own tables do: each cell carries its column's name, and the table the class the
 * stylesheet turns into cards below 48rem. Added after the sanitiser, which would take both off.
 * @param {any} node
 * @returns {any}
 */
function tableCards(node) {
  if (node.type === 'element' && node.tagName === 'table') {
    const rows = (/** @type {any} */ parent) =>
      (parent.children ?? []).filter((/** @type {any} */ c) => c.type === 'element');
    const head = rows(node).find((/** @type {any} */ c) => c.tagName === 'thead');
    const labels = head
      ? rows(rows(head)[0] ?? {}).map((/** @type {any} */ th) => toText(th).trim())
      : [];
    node.properties = { ...node.properties, className: ['cards'] };
    for (const body of rows(node).filter((/** @type {any} */ c) => c.tagName === 'tbody'))
      for (const row of rows(body))
        rows(row).forEach((/** @type {any} */ cell, /** @type {number} */ i) => {
          if (cell.tagName === 'td' && labels[i])
            cell.properties = { ...cell.properties, dataLabel: labels[i] };
        });
  }
  if (Array.isArray(node.children)) node.children.forEach(tableCards);
  return node;
}

/** The Sätteri (Astro's Markdown processor) plugin that sanitises a note's whole tree up front. */
const sanitizeNotes = {
  name: 'sanitize-notes',
  /** @param {any} root @param {any} context */
  before(root, context) {
    const tree = prepare(root);
    context.replaceNode(
      root,
      tableCards(
        underBase(
          holdsMdx(tree)
            ? { type: 'root', children: sanitizeMixed(tree.children) }
            : sanitize(tree, noteSchema),
        ),
      ),
    );
  },
};

/** @typedef {Parameters<import('astro').HookParameters<'astro:config:setup'>['updateConfig']>[0]} ConfigUpdate */

/**
 * The site's configuration, for processorRegistry() to apply.
 * @param {{ search?: boolean }} [options] `search: false` leaves the Pagefind index out (the site
 *   has no search page: processorRegistry({ routes: { search: false } })).
 * @returns {ConfigUpdate & { base?: string; i18n: { locales: string[]; defaultLocale: string } }}
 */
export const siteConfig = ({ search = true } = {}) => ({
  ...(site ? { site } : {}),
  ...(base !== '/' ? { base } : {}),
  // Set after Astro has read the config, so in the form it gives: a URL, the routing in full.
  cacheDir: pathToFileURL(`${path.resolve(cacheDir)}/`),
  trailingSlash: 'ignore',
  // Pages render while others are written: large registries build markedly faster.
  // Stylesheets and scripts always as files, never inlined into the page however small: the
  // Content-Security-Policy (src/layouts/Base.astro) allows no inline script or style.
  build: { format: 'directory', concurrency: 4, inlineStylesheets: 'never' },
  i18n: {
    locales,
    defaultLocale,
    routing: {
      prefixDefaultLocale: false,
      redirectToDefaultLocale: false,
      fallbackType: 'redirect',
    },
  },
  // rawHtml: HTML in a note is parsed into elements (also across blocks), which the sanitiser
  // then filters; left as raw text it could only be kept whole or dropped whole.
  markdown: { processor: satteri({ hastPlugins: [sanitizeNotes], features: { rawHtml: true } }) },
  integrations: [
    mdxOptIn,
    ...(mdxEnabled ? [mdx()] : []),
    sitemap({
      i18n: { defaultLocale, locales: Object.fromEntries(locales.map((code) => [code, code])) },
      // The embeddable list is for frames, not for search engines (its pages say noindex).
      filter: (page) => !/\/embed\//.test(new URL(page).pathname),
    }),
    ...(search ? [pagefind({ sections: ['processors', 'changes'] })] : []),
    checksums(),
  ],
  devToolbar: { enabled: false },
  // No .env files: import.meta.env is the environment the build was given (scripts/build.mjs
  // gives it an allow-listed one), so a secret kept in a .env cannot reach a page either.
  vite: {
    // Installed as a package, the registry ships TypeScript and .astro sources: Vite compiles them
    // for the build instead of leaving them to Node.
    ssr: { noExternal: ['processor-registry'] },
    envDir: false,
    build: { assetsInlineLimit: 0 },
    // Builds of other content keep Vite's dependency cache beside their own: see cacheDir above.
    cacheDir: path.join(cacheDir, 'vite'),
    // `astro dev` watches the project for saved files; the test and build outputs hold thousands
    // of files no page is made from, and watching them only delays the first reload.
    server: {
      watch: {
        // A save is often a truncate and then a write: without waiting for the file to settle, the
        // watcher can report the empty file, the content layer reads it and fails, and the write
        // that follows comes too soon to be reported again, so the page never shows the save.
        awaitWriteFinish: { stabilityThreshold: 80, pollInterval: 20 },
        ignored: [
          '**/tests/.out/**',
          '**/.test-dist/**',
          '**/.dist-staging-*/**',
          '**/test-results/**',
        ],
      },
    },
  },
});
