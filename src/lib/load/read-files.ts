/**
 * Reads content/ straight from disk, for `npm run check`, the importer and the tests: the same
 * collection table and schemas as Astro's loaders (src/content.config.ts), no Astro needed, and
 * every problem collected instead of the first.
 */
import type { z } from 'astro/zod';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'yaml';
import { displayPath } from '../../core/display-path';
import type { Problem } from '../../core/problems';
import { vocabulariesFrom } from '../../core/vocabulary';
import type { Release } from '../../schemas/release';
import { fileProblems, problemOf, treeProblems, type RuleSettings } from '../rules';
import {
  organizationMissing,
  schemaIssues,
  schemaRuleOf,
  unreadableFile,
  type SchemaIssue,
} from '../rules/schema';
import {
  COLLECTIONS,
  ORGANIZATION_FILE,
  type CollectionName,
  type CollectionSpec,
} from './collections';
import { contentTree, type ContentTree } from './tree';
import { yamlProblem } from './yaml';
import type { RegistrySource } from './source';

interface Parsed {
  file: string;
  id: string;
  data: unknown;
  body: string;
  text: string;
}

export interface Entry<T> {
  id: string;
  file: string;
  data: T;
  body: string;
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

class ContentReader {
  readonly problems: Problem[] = [];
  /** organization.yaml's rule settings, once it is read. */
  settings: RuleSettings | undefined;
  /** The content folder as lstat sees it; only its safe entries are ever opened. */
  readonly tree: ContentTree;

  constructor(
    readonly dir: string,
    readonly root: string,
  ) {
    this.tree = contentTree(dir, root);
  }

  /** Files the tree's rules refused: never opened. */
  refused = new Set<string>();

  /** The files a collection reads: regular files, or links to regular files inside the folder. */
  private files(name: CollectionName): string[] {
    return this.tree.entries
      .filter((e) => e.role === 'entry' && e.collection === name && !this.refused.has(e.shown))
      .filter(
        (e) =>
          e.kind === 'file' ||
          (e.kind === 'symlink' && e.insideTarget !== undefined && e.targetIsFile),
      )
      .map((e) => path.join(this.dir, e.path));
  }

  private unreadable(file: string, field: string, message: string) {
    this.problems.push(problemOf(unreadableFile.id, { file, field, message }, this.settings));
  }

  private async parse(
    file: string,
    base: string,
    frontMatterOptional = false,
  ): Promise<Parsed | undefined> {
    // A byte-order mark (as Windows editors write) is not part of the text.
    const raw = await readFile(file, 'utf8');
    const text = raw.replace(/^\uFEFF/, '');
    const shown = displayPath(file, this.root);
    const id = path
      .relative(base, file)
      .replace(/\.[^.]+$/, '')
      .split(path.sep)
      .join('/');
    if (file.endsWith('.json')) {
      try {
        return { file: shown, id, data: JSON.parse(text), body: '', text: raw };
      } catch (error) {
        this.unreadable(shown, '(file)', `is not valid JSON: ${(error as Error).message}.`);
        return undefined;
      }
    }
    let yaml = text;
    let body = '';
    if (/\.mdx?$/.test(file)) {
      const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text);
      if (!match && frontMatterOptional)
        return { file: shown, id, data: {}, body: text, text: raw };
      if (!match) {
        this.unreadable(
          shown,
          '(front matter)',
          'start the file with --- , the facts in YAML, and --- , then the notes.',
        );
        return undefined;
      }
      [, yaml = '', body = ''] = match;
    }
    const problem = yamlProblem(yaml);
    if (problem) {
      this.unreadable(shown, '(file)', `is not valid YAML: ${problem}.`);
      return undefined;
    }
    try {
      return { file: shown, id, data: parse(yaml, { schema: 'core' }) ?? {}, body, text: raw };
    } catch (error) {
      // Parses, but cannot be made into data: e.g. an alias expanded past the parser's limit.
      this.unreadable(
        shown,
        '(file)',
        `is not valid YAML: ${(error as Error).message.split('\n')[0]}.`,
      );
      return undefined;
    }
  }

  /** Parses and validates every file of a collection; the valid ones come back. */
  async collection<N extends CollectionName>(
    name: N,
  ): Promise<Entry<z.output<(typeof COLLECTIONS)[N]['schema']>>[]> {
    const collection: CollectionSpec = COLLECTIONS[name];
    const base = path.join(this.dir, collection.folder);
    const out: Entry<z.output<(typeof COLLECTIONS)[N]['schema']>>[] = [];
    for (const file of this.files(name)) {
      const parsed = await this.parse(file, base, collection.frontMatterOptional);
      if (!parsed) continue;
      // The same rules on the raw text as the build: placeholders left, impossible dates.
      const raw = fileProblems([{ file: parsed.file, text: parsed.text }], this.settings);
      this.problems.push(...raw);
      if (raw.some((p) => p.level === 'error')) continue;
      const result = collection.schema.safeParse(parsed.data);
      if (!result.success) {
        for (const issue of schemaIssues(result.error.issues as SchemaIssue[])) {
          const keys =
            issue.code === 'unrecognized_keys' ? (issue as unknown as { keys: string[] }).keys : [];
          const message =
            keys.length > 0
              ? `${keys.map((k) => `"${k}"`).join(', ')} is not a field here: check the spelling against the README.`
              : issue.message;
          const finding = { file: parsed.file, field: fieldOf(issue.path) || '(file)', message };
          this.problems.push(problemOf(schemaRuleOf(issue), finding, this.settings));
        }
        continue;
      }
      const data = result.data as z.output<(typeof COLLECTIONS)[N]['schema']>;
      out.push({ id: parsed.id, file: parsed.file, data, body: parsed.body });
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
  // The folder's own rules first: nothing unsafe in it is read below.
  const tree = treeProblems(reader.tree);
  reader.problems.push(...tree);
  for (const p of tree) if (p.level === 'error') reader.refused.add(p.file);
  const organizationFile = path.join(dir, ORGANIZATION_FILE);
  const organization = (await reader.collection('organization'))[0];
  if (!existsSync(organizationFile)) {
    const message = 'is missing: copy it from the example content and fill it in.';
    reader.problems.push(
      problemOf(organizationMissing.id, {
        file: displayPath(organizationFile, root),
        field: '(file)',
        message,
      }),
    );
  }
  reader.settings = organization?.data.rules;
  // The tree's warnings at the level organization.yaml gives them (its errors are locked).
  if (reader.settings) {
    const settled = treeProblems(reader.tree, reader.settings);
    reader.problems.splice(0, tree.length, ...settled);
  }
  const products = await reader.collection('products');
  const processors = await reader.collection('processors');
  const changes = await reader.collection('changes');
  const vocabularyFiles = await reader.collection('vocabulary');
  const releases = await reader.collection('releases');
  const translations = await reader.collection('translations');
  const notices = await reader.collection('notices');
  const watch = await reader.collection('watch');

  // The chain is verified on the files as written: the hash covers exactly their JSON.
  const rawReleases = await Promise.all(
    releases.map(async ({ file }) => ({
      file,
      // The entry parsed already (a byte-order mark aside), so this cannot fail.
      release: JSON.parse(
        (await readFile(path.resolve(root, file), 'utf8')).replace(/^\uFEFF/, ''),
      ) as Release,
    })),
  );
  return {
    source: organization
      ? {
          organization: organization.data,
          organizationFile: organization.file,
          products: products.map(({ id, file, data }) => ({ id, file, data })),
          processors: processors.map(({ id, file, data, body }) => ({
            id,
            file,
            data,
            hasNotes: body.trim().length > 0,
          })),
          changes: changes.map(({ id, file, data }) => ({ id, file, data })),
          notices: notices.map(({ id, file, data }) => ({ id, file, data })),
          watch: watch.map(({ id, file, data }) => ({ id, file, data })),
          vocabularies: vocabulariesFrom(vocabularyFiles.map(({ data }) => data)),
          translations: translations.map(({ id, file }) => ({ id, file })),
        }
      : undefined,
    releases: rawReleases,
    problems: reader.problems,
  };
}
