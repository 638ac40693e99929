/**
 * Brings content written for an older schema forward, keeping what its author meant, comments
 * and layout included: the YAML is read as a document to find where a fact is, and its text is
 * edited there, never rendered again. Releases and send
 * ledgers are never touched: their hashes are fixed. Pure: it returns the new texts and what
 * changed; scripts/migrate.ts writes them.
 */
import { isMap, isNode, isScalar, isSeq, parseDocument, type Document } from 'yaml';
import { SCHEMA_VERSION } from '../../schemas/organization';

/** One content file as written, by its path relative to the content folder. */
export interface ContentText {
  path: string;
  text: string;
}

export interface Migrated {
  /** Files whose text changed, with their new text. */
  files: ContentText[];
  /** What changed, one line each: "processors/heroku.md: activities[0].storage: [US], as the processing countries (schema 1 left it out to mean the same)". */
  changes: string[];
  /** Files that could not be read, with why: left as they are. */
  skipped: string[];
  /** The schema version the content was written for. */
  from: number;
}

/** A change to a file's text: `length` characters at `at` become `text`. */
interface Edit {
  at: number;
  length: number;
  text: string;
}

/** The YAML a step reads, and the edits it makes to the text: the text itself, never re-rendered. */
interface Source {
  doc: Document;
  yaml: string;
  edit: (edit: Edit) => void;
}

/** One step from a schema version to the next: what it does to each kind of file. */
interface Step {
  to: number;
  organization?: (source: Source, note: Note) => void;
  processor?: (source: Source, note: Note) => void;
}

type Note = (field: string, what: string) => void;

/** The line break a text uses. */
const newlineOf = (text: string) => (text.includes('\r\n') ? '\r\n' : '\n');

/** Where the line holding `offset` ends (before its line break). */
const lineEnd = (text: string, offset: number) => {
  const at = text.indexOf('\n', offset);
  return at < 0 ? text.length : text[at - 1] === '\r' ? at - 1 : at;
};

/**
 * Schema 2 ("nothing lost, nothing added"): a fact left out is no longer read as another one.
 * Storage left out meant "where it is processed"; it now means "not stated", so each activity
 * gets the storage its author meant, written out. The notice period left out meant 30 days; it
 * now means "not stated", so the 30 is written out. `retention: not-specified` was read as
 * not disclosed by the vendor, and is written so.
 */
const toVersion2: Step = {
  to: 2,
  organization: ({ doc, yaml, edit }, note) => {
    if (doc.has('noticePeriodDays')) return;
    const newline = newlineOf(yaml);
    const end = yaml.length;
    const before = end > 0 && !yaml.endsWith('\n') ? newline : '';
    edit({ at: end, length: 0, text: `${before}noticePeriodDays: 30${newline}` });
    note('noticePeriodDays', '30, the default schema 1 gave when it was left out');
  },
  processor: ({ doc, yaml, edit }, note) => {
    const activities = doc.get('activities', true);
    if (!isSeq(activities)) return;
    activities.items.forEach((activity, a) => {
      if (!isMap(activity)) return;
      const processing = activity.items.find(
        (pair) => isScalar(pair.key) && pair.key.value === 'processing',
      );
      if (
        !activity.has('storage') &&
        processing &&
        isNode(processing.key) &&
        isNode(processing.value)
      ) {
        const [keyStart, keyEnd] = processing.key.range!;
        // A block list's range runs on to the next key: its end is its last character.
        let valueEnd = processing.value.range![1];
        while (valueEnd > keyEnd && /\s/.test(yaml[valueEnd - 1]!)) valueEnd--;
        // The processing entry as written, its key renamed: a flow list [IE, US] stays one, a
        // block list keeps its lines and comments.
        const written = `storage${yaml.slice(keyEnd, valueEnd)}`;
        if (activity.flow) edit({ at: valueEnd, length: 0, text: `, ${written}` });
        else {
          const lineStart = yaml.lastIndexOf('\n', keyStart) + 1;
          const indent = yaml.slice(lineStart, keyStart).replace(/[^ ]/g, ' ');
          edit({
            at: lineEnd(yaml, valueEnd),
            length: 0,
            text: `${newlineOf(yaml)}${indent}${written}`,
          });
        }
        note(
          `activities[${a}].storage`,
          `${JSON.stringify(processing.value.toJSON())}, as the processing locations (schema 1 read a missing storage as the same)`,
        );
      }
      const retention = activity.get('retention', true);
      if (isScalar(retention) && retention.value === 'not-specified') {
        const [start, end] = retention.range!;
        edit({ at: start, length: end - start, text: 'not-disclosed' });
        note(`activities[${a}].retention`, 'not-disclosed (schema 1 read not-specified so)');
      }
    });
  },
};

const STEPS: readonly Step[] = [toVersion2];

const FRONT_MATTER = /^(\uFEFF?---\r?\n)([\s\S]*?\r?\n)?(---(?:\r?\n|$))([\s\S]*)$/;

/** A file's YAML (its front matter for Markdown) as a document, with a way to put it back. */
export function yamlOf(text: string, markdown: boolean) {
  if (!markdown) return { yaml: text, wrap: (yaml: string) => yaml };
  const match = FRONT_MATTER.exec(text);
  if (!match) return undefined;
  const [, open, yaml = '', close, body] = match;
  return { yaml, wrap: (next: string) => `${open}${next}${close}${body}` };
}

/** The schema version organization.yaml says its content is written for (1 when it says none). */
export function schemaVersionOf(organizationText: string): number {
  const version = parseDocument(organizationText).get('schemaVersion');
  return typeof version === 'number' ? version : 1;
}

/** `yaml` with `edits` made, from the last to the first so each offset still holds. */
const applied = (yaml: string, edits: readonly Edit[]) =>
  [...edits]
    .sort((a, b) => b.at - a.at)
    .reduce((text, e) => text.slice(0, e.at) + e.text + text.slice(e.at + e.length), yaml);

/** The edit that makes organization.yaml say it is written for this schema: first in the file, below its opening comment. */
function versionEdit(doc: Document, yaml: string): Edit {
  const version = doc.get('schemaVersion', true);
  if (isScalar(version)) {
    const [start, end] = version.range!;
    return { at: start, length: end - start, text: String(SCHEMA_VERSION) };
  }
  const first = isMap(doc.contents) ? doc.contents.items[0]?.key : undefined;
  const at = isNode(first) ? yaml.lastIndexOf('\n', first.range![0]) + 1 : yaml.length;
  return { at, length: 0, text: `schemaVersion: ${SCHEMA_VERSION}${newlineOf(yaml)}` };
}

/**
 * Every step from the content's version to this one, over organization.yaml and the processors.
 * `files` are the content's texts; releases and notices are not read. Each file is edited where
 * a fact is added or rewritten and nowhere else: its layout, quotes and comments stay as written.
 */
export function migrate(files: readonly ContentText[]): Migrated {
  const organization = files.find((f) => f.path === 'organization.yaml');
  const from = organization ? schemaVersionOf(organization.text) : SCHEMA_VERSION;
  const result: Migrated = { files: [], changes: [], skipped: [], from };
  const steps = STEPS.filter((step) => step.to > from && step.to <= SCHEMA_VERSION);
  if (steps.length === 0) return result;
  for (const file of files) {
    const kind =
      file.path === 'organization.yaml'
        ? 'organization'
        : /^processors\/[^/]+\.(md|mdx|ya?ml)$/.test(file.path)
          ? 'processor'
          : undefined;
    if (!kind) continue;
    const parts = yamlOf(file.text, /\.mdx?$/.test(file.path));
    const doc = parts ? parseDocument(parts.yaml) : undefined;
    if (!parts || !doc || doc.errors.length > 0 || !isMap(doc.contents)) {
      result.skipped.push(
        `${file.path}: not readable YAML${doc?.errors[0] ? ` (${doc.errors[0].message.split('\n')[0]})` : ''}; left as it is`,
      );
      continue;
    }
    const edits: Edit[] = [];
    const source: Source = { doc, yaml: parts.yaml, edit: (e) => edits.push(e) };
    for (const step of steps)
      step[kind]?.(source, (field, what) => result.changes.push(`${file.path}: ${field}: ${what}`));
    if (kind === 'organization') {
      edits.push(versionEdit(doc, parts.yaml));
      result.changes.push(`${file.path}: schemaVersion: ${from} → ${SCHEMA_VERSION}`);
    }
    if (edits.length > 0)
      result.files.push({ path: file.path, text: parts.wrap(applied(parts.yaml, edits)) });
  }
  return result;
}
