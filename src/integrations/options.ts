/**
 * What a company may set on `processorRegistry({...})`: presentation only (legal facts stay in
 * content/organization.yaml, where releases hash them). Checked once, with an error that names the
 * option and what to write; brand colours must keep WCAG 2.2 AA contrast where the site uses them.
 */
import { formatHex, parse, wcagContrast } from 'culori';
import { z } from 'zod';
import { OPTIONAL_PAGES, type OptionalRoute } from '../lib/views/nav';
import { SITE_POLICY } from '../lib/views/site';

/** The colours the stylesheet pairs a brand colour with, in each scheme (src/styles/global.css). */
export const SCHEME_COLOURS = {
  light: { bg: '#ffffff', tint: '#f3f5f8' },
  dark: { bg: '#121418', tint: '#1c2027' },
} as const;

/** The parts of the site a company may replace with its own component (see README, "Your brand"). */
export const REPLACEABLE_PARTS = [
  'Header',
  'Footer',
  'OverviewIntro',
  'ProcessorFacts',
  'ProcessorActivity',
  'ProcessorTransfers',
  'ProcessorChain',
  'ProcessorAssessment',
  'ProcessorOtherFacts',
  'ProcessorNotes',
  'ProcessorHistory',
] as const;

/**
 * The pages a company may leave out, each with the route files (under src/routes/) it is made of.
 * A page left out is not built, and no other page links to it.
 */
export const OPTIONAL_ROUTES: Readonly<Record<OptionalRoute, readonly string[]>> = {
  /** The search page, the search form on the overview, and the search index (no Pagefind run). */
  search: ['[...lang]/search.astro', '[...lang]/search/'],
  /** The browse pages by facet; the facts on other pages are then text, not links. */
  browse: ['[...lang]/browse/'],
  /** The A–Z list. */
  az: ['[...lang]/a-z/'],
  /** The embeddable list for frames (/embed/, /embed/<product>/). */
  embed: ['[...lang]/embed/'],
  /** The content reference for authors, linked from the footer. */
  reference: ['[...lang]/reference.astro'],
};

export type { OptionalRoute };

/** Pages every registry publishes, and why they cannot be switched off. */
const REQUIRED_ROUTES: Record<string, string> = {
  overview: 'it is the list itself',
  processors: 'each recipient’s page is where the list states its facts',
  changes:
    'the change log is how customers learn of a change in advance and can object (GDPR Art. 28(2))',
  subscribe: 'it is how customers ask to be told of changes',
  downloads: 'the list in CSV, Excel and JSON is what procurement and tools read',
  releases: 'the dated releases are what the hash chain and `verify` check',
};

/** WCAG 2.2 AA, 1.4.3: normal text needs 4.5:1 against what is behind it. */
export const MIN_CONTRAST = 4.5;

const colour = z.string().refine((value) => parse(value) !== undefined, {
  message: 'is not a CSS colour: write one such as #1d4f91 or rgb(29 79 145)',
});

export const optionsSchema = z
  .object({
    /** The company's logo in the header, a file path from the site's root; `dark` for the dark scheme. */
    logo: z
      .object({
        light: z.string().min(1),
        dark: z.string().min(1).optional(),
        /** The logo's text alternative: usually the company's name. */
        alt: z.string().min(1, 'give the logo a text alternative, e.g. the company name'),
        /** Show the logo instead of the site's title, not beside it. */
        replacesTitle: z.boolean().default(false),
      })
      .strict()
      .optional(),
    /** Brand colours: the header's background and text, and links, in each scheme. */
    colors: z
      .object({
        brand: colour.optional(),
        brandText: colour.optional(),
        link: colour.optional(),
        brandDark: colour.optional(),
        linkDark: colour.optional(),
      })
      .strict()
      .default({}),
    /** The company's own stylesheets, paths from the site's root, after the registry's (they win). */
    customCss: z.array(z.string().min(1)).default([]),
    /**
     * The embeddable list (/embed/, /embed/<product>/): the sites that may show it in a frame, as
     * origins (https://www.acme.example); none by default. `host` says how to write dist/_headers.
     */
    embed: z
      .object({
        frameAncestors: z
          .array(
            z
              .string()
              .regex(
                /^https:\/\/[a-z0-9.-]+(:\d+)?$/,
                'write an origin such as https://www.acme.example (https, no path)',
              ),
          )
          .default([]),
        host: z.enum(['netlify', 'cloudflare']).default('netlify'),
      })
      .strict()
      .default({ frameAncestors: [], host: 'netlify' }),
    /** Pages left out: `routes: { search: false }`. Every one is published by default. */
    routes: z
      .object(
        Object.fromEntries(
          OPTIONAL_PAGES.map((name) => [name, z.boolean().default(true)]),
        ) as Record<OptionalRoute, z.ZodDefault<z.ZodBoolean>>,
      )
      .strict()
      .prefault({}),
    /** Parts replaced by a company's own Astro component (a path from the site's root), by name. */
    components: z
      .object(
        Object.fromEntries(REPLACEABLE_PARTS.map((name) => [name, z.string().min(1).optional()])),
      )
      .strict()
      .default({}),
  })
  .strict();

export type RegistryOptions = z.input<typeof optionsSchema>;
export type ResolvedOptions = z.output<typeof optionsSchema>;

/** The registry's own colours, where the options set none. */
const DEFAULTS = {
  brand: '#1d4f91',
  brandText: '#ffffff',
  link: '#1d4f91',
  brandDark: '#1d4f91',
  linkDark: '#9cc3ff',
} as const;

type ColourName = keyof typeof DEFAULTS;

const hex = (value: string): string => formatHex(parse(value)!) ?? value;

/** The colours in use: the options' where given, the registry's otherwise, as hex. */
export function brandColours(options: ResolvedOptions): Record<ColourName, string> {
  const given = options.colors;
  return Object.fromEntries(
    (Object.keys(DEFAULTS) as ColourName[]).map((name) => [
      name,
      hex(given[name] ?? DEFAULTS[name]),
    ]),
  ) as Record<ColourName, string>;
}

/** Each pair of colours the site puts text on, with where, to check for contrast. */
function pairs(c: Record<ColourName, string>) {
  return [
    [
      'colors.brandText',
      c.brandText,
      'colors.brand',
      c.brand,
      "the header's text on the brand colour",
    ],
    [
      'colors.brandText',
      c.brandText,
      'colors.brandDark',
      c.brandDark,
      "the header's text in the dark scheme",
    ],
    ['colors.link', c.link, 'the page background', SCHEME_COLOURS.light.bg, 'links on the page'],
    [
      'colors.link',
      c.link,
      'the notice background',
      SCHEME_COLOURS.light.tint,
      'links in a notice',
    ],
    [
      'colors.linkDark',
      c.linkDark,
      'the dark page background',
      SCHEME_COLOURS.dark.bg,
      'links in the dark scheme',
    ],
    [
      'colors.linkDark',
      c.linkDark,
      'the dark notice background',
      SCHEME_COLOURS.dark.tint,
      'links in a notice in the dark scheme',
    ],
  ] as const;
}

/** Thrown for options a site cannot be built with; its message names each option and the fix. */
export class OptionsError extends Error {
  override name = 'ProcessorRegistryOptionsError';
}

/**
 * The options checked and completed: every error at once, each naming its option (and, for a
 * contrast, both colours, the ratio and what it must reach).
 */
export function resolveOptions(input: unknown): ResolvedOptions {
  const result = optionsSchema.safeParse(input ?? {});
  if (!result.success) {
    const lines = result.error.issues.map((issue) => {
      const at = issue.path.map(String).join('.') || '(the options)';
      if (issue.code === 'unrecognized_keys' && issue.path[0] === 'routes') {
        const required = issue.keys.filter((key) => key in REQUIRED_ROUTES);
        if (required.length > 0)
          return required
            .map(
              (key) =>
                `routes.${key}: cannot be left out: ${REQUIRED_ROUTES[key]}. The pages a site may leave out are ${knownKeys(issue.path)}.`,
            )
            .join('\n  ');
      }
      if (issue.code === 'unrecognized_keys')
        return `${at === '(the options)' ? '' : `${at}: `}${issue.keys.map((k) => `"${k}"`).join(', ')} is no option here: the options are ${knownKeys(issue.path)}.`;
      return `${at}: ${issue.message}.`;
    });
    throw new OptionsError(`processorRegistry() options:\n  ${lines.join('\n  ')}`);
  }
  const colours = brandColours(result.data);
  const low = pairs(colours).flatMap(([fgName, fg, bgName, bg, where]) => {
    const ratio = wcagContrast(fg, bg);
    return ratio >= MIN_CONTRAST
      ? []
      : [
          `${fgName} ${fg} against ${bgName} ${bg}: contrast ${ratio.toFixed(2)}:1, below the ${MIN_CONTRAST}:1 that ${where} needs (WCAG 2.2 AA, 1.4.3). Choose a ${fgName.includes('Text') ? 'lighter text or a darker brand colour' : 'darker (or, in the dark scheme, lighter) colour'}.`,
        ];
  });
  if (low.length > 0) throw new OptionsError(`processorRegistry() options:\n  ${low.join('\n  ')}`);
  return result.data;
}

function knownKeys(path: readonly PropertyKey[]): string {
  const shape =
    path[0] === 'logo'
      ? ['light', 'dark', 'alt', 'replacesTitle']
      : path[0] === 'colors'
        ? Object.keys(DEFAULTS)
        : path[0] === 'components'
          ? [...REPLACEABLE_PARTS]
          : path[0] === 'embed'
            ? ['frameAncestors', 'host']
            : path[0] === 'routes'
              ? Object.keys(OPTIONAL_ROUTES)
              : Object.keys(optionsSchema.shape);
  return shape.join(', ');
}

/**
 * The stylesheet of the brand colours: custom properties in the registry's brand layer, after its
 * base layer, so that they override the defaults and a company's own unlayered CSS overrides both.
 */
export function brandCss(options: ResolvedOptions): string {
  const c = brandColours(options);
  return [
    '@layer registry.brand {',
    `  :root { --brand: ${c.brand}; --brand-ink: ${c.brandText}; --link: ${c.link}; }`,
    '  @media screen and (prefers-color-scheme: dark) {',
    `    :root { --brand: ${c.brandDark}; --link: ${c.linkDark}; }`,
    '  }',
    '}',
    '',
  ].join('\n');
}

/**
 * The rules dist/_headers gets for the embeddable pages of each language, where sites may frame
 * them: Netlify serves the most specific matching rule's value of a header, so the rule replaces
 * the site-wide policy there; Cloudflare Pages joins every matching rule, so the rule first
 * detaches the site-wide one ("! Content-Security-Policy"), which Netlify does not read.
 */
export function embedHeaders(
  options: ResolvedOptions,
  base: string,
  langs: readonly string[],
): string {
  const { frameAncestors, host } = options.embed;
  if (frameAncestors.length === 0 || !options.routes.embed) return '';
  const root = base.endsWith('/') ? base : `${base}/`;
  return langs
    .map((lang) => `${root}${lang ? `${lang}/` : ''}embed/*`)
    .map((path) =>
      [
        path,
        ...(host === 'cloudflare' ? ['  ! Content-Security-Policy'] : []),
        `  Content-Security-Policy: ${SITE_POLICY}; frame-ancestors ${frameAncestors.join(' ')}`,
      ].join('\n'),
    )
    .join('\n');
}
