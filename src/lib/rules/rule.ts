/**
 * What a content rule is: an id, a level, a reason and its check, like an ESLint rule object.
 * Every rule lives in one ordered list (./index.ts) that the build and `npm run check` both run.
 */
import type { Release } from '../../schemas/release';
import type { RegistrySource } from '../load/source';
import type { ContentTree } from '../load/tree';
import type { StatusChange } from '../model/status';

export type Level = 'error' | 'warning';

export interface RuleMeta {
  /** Stable id, named in every message and in organization.yaml's rules. */
  id: string;
  level: Level;
  /** One line: why the rule exists. */
  reason: string;
  /** The law or guidance it follows, where there is one. */
  law?: string;
  /** It protects customers (or the build cannot go on without it): organization.yaml cannot lower it. */
  locked?: boolean;
}

/** One thing a rule found. */
export interface Finding {
  file: string;
  field: string;
  message: string;
}

export type Report = (finding: Finding) => void;

/** A content file as written, before any parser has touched it. */
export interface RawFile {
  file: string;
  text: string;
}

/** A release file as recorded. */
export interface RecordedRelease {
  file: string;
  release: Release;
}

/** What the rules on the release files read: the files, the build date, the signing key if any. */
export interface ReleasesInput {
  releases: readonly RecordedRelease[];
  today: string;
  signing?: { publicKey: string; from: string } | undefined;
}

/** What rules over the whole content read: the source, the build date and what is derived once from them. */
export interface ContentInput {
  source: RegistrySource;
  today: string;
  /** The change log by processor (in processors or replaces), built once for every rule. */
  log: ReadonlyMap<string, readonly StatusChange[]>;
  /** Whether a processor is on the list (active, upcoming or not yet announced) on the build date. */
  listed: (processorId: string) => boolean;
}

/**
 * Where a rule runs: on the content folder's tree, before any file is read; on each file's raw text; inside the zod schemas (the check is a refinement
 * there, carrying the id in its params); on the references between files; on the joined
 * content, once references hold; or on the release files.
 */
export type Rule =
  | (RuleMeta & { stage: 'tree'; check: (tree: ContentTree, report: Report) => void })
  | (RuleMeta & { stage: 'file'; check: (file: RawFile, report: Report) => void })
  | (RuleMeta & { stage: 'schema' })
  | (RuleMeta & {
      stage: 'references' | 'content';
      check: (input: ContentInput, report: Report) => void;
    })
  | (RuleMeta & {
      stage: 'releases';
      check: (input: ReleasesInput, report: Report) => void;
    });

/** A rule, typed by its stage. */
export const rule = <R extends Rule>(value: R): R => value;
