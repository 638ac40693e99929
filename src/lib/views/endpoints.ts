/**
 * The endpoints of the files ./../outputs/formats.ts declares: their static paths (every language,
 * product and release) and their responses. The route files under src/routes/ only point here.
 */
import type { APIContext, GetStaticPaths } from 'astro';
import type { Release } from '../../schemas/release';
import { DISCOVERY_FILE, SCHEMA_FILE } from '../outputs/formats';
import { discoveryDocument } from '../outputs/discovery';
import {
  productFileNames,
  releaseFile,
  releaseFileNames,
  discoverySchemaFile,
  schemaFile,
  siteFile,
  siteFileNames,
  type PublishedFile,
} from '../outputs/files';
import { getRegistry } from '../registry';
import { toJson } from '../outputs/text';
import { searchFilterLabels } from './facets';
import { inEveryLocale, pageContext } from './context';

const respond = (file: PublishedFile | undefined, context: APIContext): Response => {
  if (!file) throw new Error(`no published file at ${context.url.pathname}`);
  return new Response(file.body, { headers: { 'Content-Type': file.type } });
};

const siteOf = (context: APIContext) => context.site ?? new URL(context.url.origin);

/** /<file> in every language: the list in each format, the feeds and the calendar. */
export const siteFilePaths = (() =>
  inEveryLocale(() =>
    siteFileNames().map((file) => ({ params: { file } })),
  )) satisfies GetStaticPaths;

export async function siteFileResponse(context: APIContext): Promise<Response> {
  const { registry, locale, t } = await pageContext(context.params['lang']);
  return respond(
    await siteFile(registry, context.params['file'] ?? '', siteOf(context), locale, t),
    context,
  );
}

/** /products/<id>/<file> in every language: each product's feeds and calendar. */
export const productFilePaths = (() =>
  inEveryLocale(({ registry }) =>
    registry.products.flatMap((p) =>
      productFileNames().map((file) => ({ params: { product: p.id, file } })),
    ),
  )) satisfies GetStaticPaths;

export async function productFileResponse(context: APIContext): Promise<Response> {
  const { registry, locale, t } = await pageContext(context.params['lang']);
  const { file = '', product } = context.params;
  return respond(await siteFile(registry, file, siteOf(context), locale, t, product), context);
}

/** /releases/<date>/<file>, once: the recorded files, in the language they were recorded in. */
export const releaseFilePaths = (async () =>
  (await getRegistry()).releases.flatMap((release) =>
    releaseFileNames(release).map((file) => ({
      params: { date: release.date, file },
      props: { release },
    })),
  )) satisfies GetStaticPaths;

export async function releaseFileResponse(
  context: APIContext<{ release: Release }>,
): Promise<Response> {
  return respond(await releaseFile(context.props.release, context.params['file'] ?? ''), context);
}

/** /schema/<file>: the JSON Schema of the list's JSON. */
export const schemaFilePaths = (() =>
  [SCHEMA_FILE.path, DISCOVERY_FILE.schemaPath].map((file) => ({
    params: { file: file.split('/').at(-1)! },
  }))) satisfies GetStaticPaths;

export const schemaFileResponse = (context: APIContext): Response =>
  respond(
    `/schema/${context.params['file']}` === DISCOVERY_FILE.schemaPath
      ? discoverySchemaFile(siteOf(context))
      : schemaFile(siteOf(context)),
    context,
  );

/** /.well-known/subprocessors.json: where tools find every file, with its hash. */
export async function discoveryResponse(context: APIContext): Promise<Response> {
  const document = await discoveryDocument(await getRegistry(), siteOf(context));
  return new Response(toJson(document), { headers: { 'Content-Type': DISCOVERY_FILE.type } });
}

/** The search page's words for its filter values, by filter and code, in the page's language. */
export async function searchLabelsResponse(context: APIContext): Promise<Response> {
  const { registry, locale, t } = await pageContext(context.params['lang']);
  return new Response(toJson(searchFilterLabels(registry, locale, t)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
}
