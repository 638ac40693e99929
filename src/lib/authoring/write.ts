/**
 * Where the authoring commands write: only inside the content folder, never over an existing
 * file, and never a second file for an id that already has one (amazon-s3.yaml beside
 * amazon-s3.md). Folders on the way are made one at a time and must be real folders, never links,
 * and the file is created with O_EXCL | O_NOFOLLOW, then linked into place whole, so nothing is
 * written or made outside, and nothing half-written is left.
 */
import {
  closeSync,
  constants,
  fsyncSync,
  linkSync,
  lstatSync,
  mkdirSync,
  openSync,
  renameSync,
  rmSync,
  writeSync,
} from 'node:fs';
import path from 'node:path';
import { contentTree, isInside } from '../load/tree';

export type WriteResult =
  { written: true; file: string } | { written: false; file: string; reason: string };

/** Makes each folder of `parts` below `root` that is missing; false when one on the way is not a real folder. */
function realFolders(root: string, parts: readonly string[]): boolean {
  let at = root;
  for (const part of parts) {
    at = path.join(at, part);
    try {
      if (!lstatSync(at).isDirectory()) return false;
    } catch {
      mkdirSync(at);
    }
  }
  return true;
}

/** A hidden name beside `target`, so a run killed before the file is in place leaves nothing the content rules read. */
const temporaryBeside = (target: string) =>
  path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.tmp`);

/** Writes `text` to a new file (never over one, never through a link) and flushes it to disk. */
function writeWhole(file: string, text: string): void {
  const fd = openSync(
    file,
    constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW,
    0o644,
  );
  try {
    writeSync(fd, text);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Writes each file (relative to `dir`) that is safe to write; says why for each one it does not. */
export function writeInside(dir: string, files: ReadonlyMap<string, string>): WriteResult[] {
  const root = path.resolve(dir);
  mkdirSync(root, { recursive: true });
  const ids = new Map(
    contentTree(root)
      .entries.filter((e) => e.role === 'entry' && e.id !== undefined)
      .map((e) => [`${e.collection}/${e.id}`, e.path]),
  );
  const results: WriteResult[] = [];
  for (const [relative, text] of files) {
    const target = path.resolve(root, relative);
    const refuse = (reason: string) => results.push({ written: false, file: relative, reason });
    const parts = relative.split(/[\\/]/);
    if (path.isAbsolute(relative) || parts.includes('..') || !isInside(root, target)) {
      refuse('its name points outside the content folder');
      continue;
    }
    const existing = ids.get(
      `${parts[0]}/${parts
        .slice(1)
        .join('/')
        .replace(/\.[^.]+$/, '')}`,
    );
    if (existing) {
      refuse(`${existing} already exists; not overwritten`);
      continue;
    }
    if (!realFolders(root, parts.slice(0, -1))) {
      refuse('its folder is a link, or not a folder: nothing is written through it');
      continue;
    }
    // The text goes to a hidden file beside the target first, and is linked into place only when
    // whole: a run killed midway leaves the file whole or absent, never half of it. link() fails
    // on any existing name (a file, a link, even a dangling one), so nothing is overwritten.
    const temporary = temporaryBeside(target);
    try {
      writeWhole(temporary, text);
      linkSync(temporary, target);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      refuse(
        code === 'EEXIST'
          ? `${relative} already exists; not overwritten`
          : `it could not be created (${code ?? 'error'})`,
      );
      continue;
    } finally {
      rmSync(temporary, { force: true });
    }
    results.push({ written: true, file: relative });
  }
  return results;
}

/**
 * Replaces one machine-written file inside `dir` (the send ledger), atomically: the text goes to
 * a new temporary file beside it (O_EXCL | O_NOFOLLOW), is flushed to disk, and is renamed over
 * the old one, so a run killed at any moment leaves the old file or the new one, never half of
 * either. The target must not be a link; folders on the way must be real folders.
 */
export function replaceInside(dir: string, relative: string, text: string): void {
  const root = path.resolve(dir);
  const target = path.resolve(root, relative);
  const parts = relative.split(/[\\/]/);
  if (path.isAbsolute(relative) || parts.includes('..') || !isInside(root, target))
    throw new Error(`${relative} points outside the content folder`);
  if (!realFolders(root, parts.slice(0, -1)))
    throw new Error(
      `the folder of ${relative} is a link, or not a folder: nothing is written through it`,
    );
  try {
    if (!lstatSync(target).isFile())
      throw new Error(`${relative} is not a plain file: not replaced`);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  const temporary = temporaryBeside(target);
  writeWhole(temporary, text);
  renameSync(temporary, target);
}
