/**
 * Where the authoring commands write: only inside the content folder, never over an existing
 * file, and never a second file for an id that already has one (amazon-s3.yaml beside
 * amazon-s3.md).
 */
import { existsSync, mkdirSync, realpathSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { contentTree, isInside } from '../load/tree';

export type WriteResult =
  { written: true; file: string } | { written: false; file: string; reason: string };

/** Writes each file (relative to `dir`) that is safe to write; says why for each one it does not. */
export function writeInside(dir: string, files: ReadonlyMap<string, string>): WriteResult[] {
  const root = path.resolve(dir);
  mkdirSync(root, { recursive: true });
  const realRoot = realpathSync(root);
  const ids = new Map(
    contentTree(root)
      .entries.filter((e) => e.role === 'entry' && e.id !== undefined)
      .map((e) => [`${e.collection}/${e.id}`, e.path]),
  );
  const results: WriteResult[] = [];
  for (const [relative, text] of files) {
    const target = path.resolve(root, relative);
    const refuse = (reason: string) => results.push({ written: false, file: relative, reason });
    if (
      path.isAbsolute(relative) ||
      relative.split(/[\\/]/).includes('..') ||
      !isInside(root, target)
    ) {
      refuse('its name points outside the content folder');
      continue;
    }
    const [folder, ...rest] = relative.split('/');
    const id = rest.join('/').replace(/\.[^.]+$/, '');
    const collection = folder === 'vocabulary' ? 'vocabulary' : folder;
    const existing = ids.get(`${collection}/${id}`);
    if (existsSync(target) || existing) {
      refuse(`${existing ?? relative} already exists; not overwritten`);
      continue;
    }
    mkdirSync(path.dirname(target), { recursive: true });
    // A folder on the way could be a link out of the content folder.
    if (!isInside(realRoot, realpathSync(path.dirname(target)))) {
      refuse('its folder is a link outside the content folder');
      continue;
    }
    writeFileSync(target, text, { flag: 'wx' });
    results.push({ written: true, file: relative });
  }
  return results;
}
