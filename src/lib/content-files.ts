/**
 * Reads content/ straight from disk with the same schemas the build uses, for `npm run check`,
 * the importer and the tests: no Astro needed, every problem collected instead of the first.
 */
import { existsSync } from 'node:fs';
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'yaml';
import type { z } from 'astro/zod';
import { changeSchema } from '../schemas/change';
import { organizationSchema } from '../schemas/organization';
import { processorSchema } from '../schemas/processor';
import { productSchema } from '../schemas/product';
import { translationSchema } from '../schemas/translation';
import { releaseSchema } from '../schemas/release';
import { vocabularySchema } from '../schemas/vocabulary';
import type { RegistrySource } from './model';
import type { Problem } from './problems';
import type { Release } from './releases';
import { displayPath } from './display-path';
import { rawProblems } from './raw-checks';
import { vocabulariesFrom } from './vocabulary';

export { PLACEHOLDER } from './raw-checks';

interface Parsed {
  file: string;
  id: string;
  data: unknown;
  body: string;
}

async function files(dir: string, extensions: string[]): Promise<string[]> {
  if (!existsSync(dir)) return [];
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter(
      (e) =>
        e.isFile() &&
        extensions.includes(path.extname(e.name)) &&
        !path
          .relative(dir, path.join(e.parentPath, e.name))
          .split(path.sep)
          .some((part) => part.startsWith('_')),
    )
    .map((e) => path.join(e.parentPath, e.name))
    .sort();
}

/** "activities[0].processing[1]" from a zod path. */
export function fieldOf(pathParts: readonly PropertyKey[]): string {
  return pathParts.reduce<string>(
    (field, part) =>
      typeof part === 'number'
        ? `${field}[${part}]`
        : field
          ? `${field}.${String(part)}`
          : String(part),
    '',
  );
}

export class ContentReader {
  readonly problems: Problem[] = [];

  constructor(
    readonly dir: string,
    readonly root: string = process.cwd(),
  ) {}

  private async parse(
    file: string,
    base: string,
    frontMatterOptional = false,
  ): Promise<Parsed | undefined> {
    const text = await readFile(file, 'utf8');
    const shown = displayPath(file, this.root);
    const id = path
      .relative(base, file)
      .replace(/\.[^.]+$/, '')
      .split(path.sep)
      .join('/')
      .toLowerCase();
    try {
      if (file.endsWith('.json')) return { file: shown, id, data: JSON.parse(text), body: '' };
      if (/\.mdx?$/.test(file)) {
        const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text);
        if (!match && frontMatterOptional) return { file: shown, id, data: {}, body: text };
        if (!match) {
          this.problems.push({
            level: 'error',
            file: shown,
            field: '(front matter)',
            message: 'start the file with --- , the facts in YAML, and --- , then the notes.',
          });
          return undefined;
        }
        return {
          file: shown,
          id,
          data: parse(match[1]!, { schema: 'core' }) ?? {},
          body: match[2]!,
        };
      }
      return { file: shown, id, data: parse(text, { schema: 'core' }) ?? {}, body: '' };
    } catch (error) {
      this.problems.push({
        level: 'error',
        file: shown,
        field: '(file)',
        message: `is not valid ${file.endsWith('.json') ? 'JSON' : 'YAML'}: ${(error as Error).message.split('\n')[0]}`,
      });
      return undefined;
    }
  }

  /** Parses and validates every file of a collection (or the listed files); the valid ones come back. */
  async collection<S extends z.ZodType>(
    folder: string,
    extensions: string[],
    schema: S,
    only?: string[],
    frontMatterOptional = false,
  ): Promise<{ id: string; file: string; data: z.output<S>; body: string }[]> {
    const base = path.join(this.dir, folder);
    const out: { id: string; file: string; data: z.output<S>; body: string }[] = [];
    for (const file of only ?? (await files(base, extensions))) {
      const parsed = await this.parse(file, base, frontMatterOptional);
      if (!parsed) continue;
      // The same raw-text checks as the build: placeholders left, impossible dates.
      const raw = rawProblems(await readFile(file, 'utf8'), file);
      for (const { field, message } of raw)
        this.problems.push({ level: 'error', file: parsed.file, field, message });
      if (raw.length > 0) continue;
      const result = schema.safeParse(parsed.data);
      if (!result.success) {
        for (const issue of result.error.issues) {
          const keys = issue.code === 'unrecognized_keys' ? (issue as { keys: string[] }).keys : [];
          const message =
            keys.length > 0
              ? `${keys.map((k) => `"${k}"`).join(', ')} is not a field here: check the spelling against the README.`
              : issue.message;
          this.problems.push({
            level: 'error',
            file: parsed.file,
            field: fieldOf(issue.path) || '(file)',
            message,
          });
        }
        continue;
      }
      out.push({ id: parsed.id, file: parsed.file, data: result.data, body: parsed.body });
    }
    return out;
  }
}

export interface ReadContent {
  source: RegistrySource | undefined;
  releases: { file: string; release: Release }[];
  problems: Problem[];
}

/** Reads all of content/: the joined source when every file is valid, and every problem found. */
export async function readContent(dir: string, root: string = process.cwd()): Promise<ReadContent> {
  const reader = new ContentReader(dir, root);
  const organizationFile = path.join(dir, 'organization.yaml');
  const organizations = existsSync(organizationFile)
    ? await reader.collection('.', ['.yaml'], organizationSchema, [organizationFile])
    : [];
  if (!existsSync(organizationFile))
    reader.problems.push({
      level: 'error',
      file: displayPath(organizationFile, root),
      field: '(file)',
      message: 'is missing: copy it from the example content and fill it in.',
    });
  const products = await reader.collection('products', ['.yaml', '.yml'], productSchema);
  const processors = await reader.collection(
    'processors',
    ['.md', '.mdx', '.yaml', '.yml'],
    processorSchema,
  );
  const changes = await reader.collection('changes', ['.md', '.yaml', '.yml'], changeSchema);
  const vocabularyFiles = await reader.collection(
    'vocabulary',
    ['.yaml', '.yml'],
    vocabularySchema,
  );
  const releases = await reader.collection('releases', ['.json'], releaseSchema);
  const translations = await reader.collection(
    'translations',
    ['.md', '.mdx'],
    translationSchema,
    undefined,
    true,
  );

  const organization = organizations[0];
  const rawReleases = await Promise.all(
    releases.map(async ({ file }) => ({
      file,
      release: JSON.parse(await readFile(path.resolve(root, file), 'utf8')) as Release,
    })),
  );
  return {
    source: organization
      ? {
          organization: organization.data,
          products: products.map(({ id, file, data }) => ({ id, file, data })),
          processors: processors.map(({ id, file, data, body }) => ({
            id,
            file,
            data,
            hasNotes: body.trim().length > 0,
          })),
          changes: changes.map(({ id, file, data }) => ({ id, file, data })),
          vocabularies: vocabulariesFrom(vocabularyFiles.map(({ data }) => data)),
          translations: translations.map(({ id, file }) => ({ id, file })),
        }
      : undefined,
    releases: rawReleases,
    problems: reader.problems,
  };
}
