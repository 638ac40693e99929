/**
 * `processorRegistry({...})`: the registry as an Astro integration, modelled on Starlight's. It
 * injects the registry's pages (src/routes/, less those `routes` leaves out), applies the site's
 * configuration (./site-config.mjs), checks the presentation options once with errors that name
 * the option, and gives the pages virtual modules: the styles (brand colours in a cascade layer,
 * then the company's CSS, unlayered, so it wins), the logo, which pages are published, and each
 * replaceable part (the registry's component or the company's).
 */
import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  OPTIONAL_ROUTES,
  type OptionalRoute,
  OptionsError,
  type REPLACEABLE_PARTS,
  brandCss,
  embedHeaders,
  resolveOptions,
  type RegistryOptions,
  type ResolvedOptions,
} from './options';
import { siteConfig } from './site-config.mjs';

const STYLES = 'virtual:processor-registry/styles';
const LOGO = 'virtual:processor-registry/logo';
/** Which of the pages a company may leave out are published (processorRegistry({ routes })). */
const ROUTES_MODULE = 'virtual:processor-registry/routes';
/** A part a company may replace with a component of its own, by name. */
const COMPONENT = (name: string) => `virtual:processor-registry/components/${name}`;

/** The registry's own component for each part a company may replace. */
export const REPLACEABLE: Readonly<Record<(typeof REPLACEABLE_PARTS)[number], string>> = {
  Header: '../components/layout/Header.astro',
  Footer: '../components/layout/Footer.astro',
  OverviewIntro: '../components/overview/OverviewIntro.astro',
  ProcessorFacts: '../components/processor/Facts.astro',
  ProcessorActivity: '../components/processor/Activity.astro',
  ProcessorTransfers: '../components/processor/TransferList.astro',
  ProcessorChain: '../components/processor/Chain.astro',
  ProcessorAssessment: '../components/processor/Assessment.astro',
  ProcessorOtherFacts: '../components/processor/OtherFacts.astro',
  ProcessorNotes: '../components/processor/Notes.astro',
  ProcessorHistory: '../components/processor/History.astro',
};

const ROUTES = fileURLToPath(new URL('../routes/', import.meta.url));
const PUBLIC = fileURLToPath(new URL('../../public/', import.meta.url));

/**
 * Every route file under src/routes/ with the pattern its path gives, as file-based routing would:
 * `[...lang]/processors/[id].astro` is /[...lang]/processors/[id], an `index` its folder.
 */
export function registryRoutes(
  routes: Readonly<Record<OptionalRoute, boolean>>,
): { pattern: string; entrypoint: string }[] {
  const left = Object.entries(OPTIONAL_ROUTES).flatMap(([name, files]) =>
    routes[name as OptionalRoute] ? [] : files,
  );
  return readdirSync(ROUTES, { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.(astro|ts)$/.test(file))
    .filter((file) => {
      const route = file.split(path.sep).join('/');
      return !left.some((out) => (out.endsWith('/') ? route.startsWith(out) : route === out));
    })
    .sort()
    .map((file) => {
      const route = file
        .split(path.sep)
        .join('/')
        .replace(/\.(astro|ts)$/, '')
        .replace(/(^|\/)index$/, '');
      return { pattern: `/${route}`, entrypoint: path.join(ROUTES, file) };
    });
}

/** A file an option names, from the site's root; an error naming the option if there is none. */
function fileOf(root: string, option: string, given: string): string {
  const file = path.resolve(root, given);
  if (!existsSync(file))
    throw new OptionsError(
      `processorRegistry() options:\n  ${option}: "${given}" is no file (looked for ${file}): give a path from the site's root, e.g. src/assets/logo.svg.`,
    );
  return file;
}

/** The modules' sources: the styles import the brand sheet, then each custom sheet; the logo its files. */
function modules(root: string, options: ResolvedOptions): Record<string, string> {
  const css = brandCss(options);
  // Written where Vite can read it as a CSS file; named by its text, so builds with other options
  // (the tests build several at once) never share one.
  const folder = path.join(root, 'node_modules', '.processor-registry');
  mkdirSync(folder, { recursive: true });
  const brandFile = path.join(
    folder,
    `brand-${createHash('sha256').update(css).digest('hex').slice(0, 12)}.css`,
  );
  if (!existsSync(brandFile)) writeFileSync(brandFile, css);
  const custom = options.customCss.map((given, i) => fileOf(root, `customCss[${i}]`, given));
  const logo = options.logo;
  const light = logo && fileOf(root, 'logo.light', logo.light);
  const dark = logo?.dark && fileOf(root, 'logo.dark', logo.dark);
  const components = Object.fromEntries(
    Object.entries(REPLACEABLE).map(([name, own]) => {
      const given = options.components[name];
      const file = given
        ? fileOf(root, `components.${name}`, given)
        : fileURLToPath(new URL(own, import.meta.url));
      return [COMPONENT(name), `export { default } from ${JSON.stringify(file)};`];
    }),
  );
  return {
    ...components,
    [ROUTES_MODULE]: `export default ${JSON.stringify(options.routes)};`,
    [STYLES]: [brandFile, ...custom].map((file) => `import ${JSON.stringify(file)};`).join('\n'),
    [LOGO]: logo
      ? [
          `import light from ${JSON.stringify(light)};`,
          dark ? `import dark from ${JSON.stringify(dark)};` : 'const dark = undefined;',
          `export default { light, dark, alt: ${JSON.stringify(logo.alt)}, replacesTitle: ${logo.replacesTitle} };`,
        ].join('\n')
      : 'export default undefined;',
  };
}

export default function processorRegistry(input: RegistryOptions = {}): AstroIntegration {
  let options: ResolvedOptions;
  let base = '/';
  let langs: string[] = [''];
  return {
    name: 'processor-registry',
    hooks: {
      'astro:config:setup': ({ config, updateConfig, injectRoute }) => {
        // The registry's pages and files, from src/routes/ (laid out as Astro's src/pages/ would
        // be): a company's site has no pages of its own to keep in step.
        options = resolveOptions(input);
        for (const { pattern, entrypoint } of registryRoutes(options.routes))
          injectRoute({ pattern, entrypoint });
        // Everything else a registry's site needs: address, languages, Markdown, integrations.
        const site = siteConfig({ search: options.routes.search });
        updateConfig(site);
        base = site.base ?? config.base;
        langs = site.i18n
          ? (site.i18n.locales as string[]).map((code) =>
              code === site.i18n!.defaultLocale ? '' : code,
            )
          : [''];
        const sources = modules(fileURLToPath(config.root), options);
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'processor-registry:options',
                resolveId: (id) => (id in sources ? `\0${id}` : undefined),
                load: (id) => (id.startsWith('\0') ? sources[id.slice(1)] : undefined),
              },
            ],
          },
        });
      },
      // The sites that may frame the embeddable list: rules after the site-wide one in _headers.
      'astro:build:done': ({ dir }) => {
        // Installed as a package, the site's own public/ is not the registry's: its files (the
        // favicon, _headers with the Content-Security-Policy) go into dist/ where the site has none.
        const out = fileURLToPath(dir);
        for (const file of readdirSync(PUBLIC))
          if (!existsSync(path.join(out, file)))
            writeFileSync(path.join(out, file), readFileSync(path.join(PUBLIC, file)));
        const rules = embedHeaders(options, base, langs);
        if (!rules) return;
        const file = path.join(out, '_headers');
        const before = existsSync(file) ? readFileSync(file, 'utf8') : '';
        writeFileSync(
          file,
          `${before.trimEnd()}\n# processorRegistry({ embed }): the sites that may show the embeddable list in a frame.\n${rules}\n`,
        );
      },
    },
  };
}
