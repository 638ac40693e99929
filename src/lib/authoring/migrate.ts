/**
 * Brings content written for an older schema forward, keeping what its author meant, comments
 * and layout included (the YAML is edited as a document, not rewritten). Releases and send
 * ledgers are never touched: their hashes are fixed. Pure: it returns the new texts and what
 * changed; scripts/migrate.ts writes them.
 */
import { Pair, isMap, isNode, isSeq, parseDocument, type Document } from 'yaml';
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

/** One step from a schema version to the next: what it does to each kind of file. */
interface Step {
  to: number;
  organization?: (doc: Document, note: Note) => void;
  processor?: (doc: Document, note: Note) => void;
}

type Note = (field: string, what: string) => void;

/**
 * Schema 2 ("nothing lost, nothing added"): a fact left out is no longer read as another one.
 * Storage left out meant "where it is processed"; it now means "not stated", so each activity
 * gets the storage its author meant, written out. The notice period left out meant 30 days; it
 * now means "not stated", so the 30 is written out. `retention: not-specified` was read as
 * not disclosed by the vendor, and is written so.
 */
const toVersion2: Step = {
  to: 2,
  organization: (doc, note) => {
    if (!doc.has('noticePeriodDays')) {
      doc.set('noticePeriodDays', 30);
      note('noticePeriodDays', '30, the default schema 1 gave when it was left out');
    }
  },
  processor: (doc, note) => {
    const activities = doc.get('activities');
    if (!isSeq(activities)) return;
    activities.items.forEach((activity, a) => {
      if (!isMap(activity)) return;
      if (!activity.has('storage') && activity.has('processing')) {
        const processing = activity.get('processing', true);
        // A copy of the node, so a flow list [IE, US] stays one and comments stay where they were.
        activity.set('storage', isNode(processing) ? processing.clone() : processing);
        note(
          `activities[${a}].storage`,
          `${JSON.stringify((activity.toJSON() as Record<string, unknown>)['processing'])}, as the processing locations (schema 1 read a missing storage as the same)`,
        );
      }
      if (activity.get('retention') === 'not-specified') {
        activity.set('retention', 'not-disclosed');
        note(`activities[${a}].retention`, 'not-disclosed (schema 1 read not-specified so)');
      }
    });
  },
};

const STEPS: readonly Step[] = [toVersion2];

const FRONT_MATTER = /^(\uFEFF?---\r?\n)([\s\S]*?\r?\n)?(---(?:\r?\n|$))([\s\S]*)$/;

/** A file's YAML (its front matter for Markdown) as a document, with a way to put it back. */
function yamlOf(text: string, markdown: boolean) {
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

/**
 * Every step from the content's version to this one, over organization.yaml and the processors.
 * `files` are the content's texts; releases and notices are not read.
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
    const doc = parts ? parseDocument(parts.yaml, { keepSourceTokens: true }) : undefined;
    if (!parts || !doc || doc.errors.length > 0 || !isMap(doc.contents)) {
      result.skipped.push(
        `${file.path}: not readable YAML${doc?.errors[0] ? ` (${doc.errors[0].message.split('\n')[0]})` : ''}; left as it is`,
      );
      continue;
    }
    const before = result.changes.length;
    for (const step of steps)
      step[kind]?.(doc, (field, what) => result.changes.push(`${file.path}: ${field}: ${what}`));
    if (kind === 'organization' && isMap(doc.contents)) {
      // First in the file, where a reader looks for it.
      if (doc.has('schemaVersion')) doc.set('schemaVersion', SCHEMA_VERSION);
      else {
        const key = doc.createNode('schemaVersion');
        // The file's opening comment stays at its top, above the new line.
        const first = doc.contents.items[0]?.key;
        if (isNode(first) && first.commentBefore) {
          key.commentBefore = first.commentBefore;
          first.commentBefore = null;
        }
        (doc.contents.items as unknown[]).unshift(new Pair(key, doc.createNode(SCHEMA_VERSION)));
      }
      result.changes.push(`${file.path}: schemaVersion: ${from} → ${SCHEMA_VERSION}`);
    }
    if (result.changes.length > before)
      result.files.push({
        path: file.path,
        text: parts.wrap(doc.toString({ lineWidth: 0, flowCollectionPadding: false })),
      });
  }
  return result;
}
