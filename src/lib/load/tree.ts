/**
 * What is in the content folder, seen with lstat only: nothing is opened or followed here, so the
 * rules on the tree (src/lib/rules/tree.ts) can refuse a symlink to /proc/self/environ or a FIFO
 * before any loader reads a byte of it.
 */
import { lstatSync, readdirSync, realpathSync } from 'node:fs';
import path from 'node:path';
import { displayPath } from '../../core/display-path';
import { COLLECTIONS, COLLECTION_NAMES, type CollectionName } from './collections';

export interface TreeEntry {
  /** Relative to the content folder, with / separators, e.g. processors/amazon-s3.md. */
  path: string;
  /** As messages show it: relative to the project. */
  shown: string;
  kind: 'file' | 'folder' | 'symlink' | 'other';
  /** For a symlink: where it resolves, relative to the content folder; undefined if it points outside it or nowhere. */
  insideTarget?: string | undefined;
  /** For a symlink: what it resolves to is a regular file. */
  targetIsFile?: boolean;
  /**
   * What the collections make of it: an entry one of them reads; a file in a subfolder of a
   * collection that reads only its own folder; or nothing (another name, ending or folder).
   * Drafts (a name starting with _) and hidden files (.) are none of these.
   */
  role?: 'entry' | 'nested' | 'unread';
  collection?: CollectionName;
  /** The id an entry has: its file name without the ending (translations: nl/processors/x). */
  id?: string;
  /** For a file a collection does not read: the endings it does read. */
  endings?: readonly string[];
}

export interface ContentTree {
  /** The content folder, absolute. */
  root: string;
  entries: TreeEntry[];
}

/** Every entry below `root`, folders first then their contents, in name order; symlinks are not followed. */
export function contentTree(root: string, projectRoot: string = process.cwd()): ContentTree {
  const entries: TreeEntry[] = [];
  const realRoot = safeRealpath(root) ?? root;
  const walk = (folder: string) => {
    let names: string[];
    try {
      names = readdirSync(folder).sort();
    } catch {
      return;
    }
    for (const name of names) {
      const full = path.join(folder, name);
      const relative = path.relative(root, full).split(path.sep).join('/');
      const shown = displayPath(full, projectRoot);
      const stat = lstatSync(full);
      if (stat.isSymbolicLink()) {
        const target = safeRealpath(full);
        const inside = target !== undefined && isInside(realRoot, target);
        entries.push({
          path: relative,
          shown,
          kind: 'symlink',
          insideTarget: inside
            ? path.relative(realRoot, target).split(path.sep).join('/')
            : undefined,
          targetIsFile: target !== undefined && lstatSync(target).isFile(),
        });
      } else if (stat.isDirectory()) {
        entries.push({ path: relative, shown, kind: 'folder' });
        walk(full);
      } else {
        entries.push({ path: relative, shown, kind: stat.isFile() ? 'file' : 'other' });
      }
    }
  };
  walk(root);
  for (const entry of entries) {
    const readable =
      entry.kind === 'file' ||
      entry.kind === 'other' ||
      (entry.kind === 'symlink' && entry.targetIsFile);
    if (readable) Object.assign(entry, roleOf(entry.path));
  }
  return { root, entries };
}

/** Which collection reads a file at `relative` (under the content folder), and as what. */
function roleOf(relative: string): Pick<TreeEntry, 'role' | 'collection' | 'id' | 'endings'> {
  const parts = relative.split('/');
  if (parts.some((part) => part.startsWith('_'))) return {};
  if (parts.some((part) => part.startsWith('.'))) {
    // Hidden files (.gitkeep, .DS_Store) are no one's business, unless named like content.
    const looksLikeContent = COLLECTION_NAMES.some((name) =>
      COLLECTIONS[name].extensions.includes(path.extname(relative)),
    );
    return looksLikeContent ? { role: 'unread' } : {};
  }
  for (const name of COLLECTION_NAMES) {
    const collection = COLLECTIONS[name];
    if (collection.file) {
      if (relative === collection.file)
        return { role: 'entry', collection: name, id: 'organization' };
      continue;
    }
    if (parts[0] !== collection.folder) continue;
    const inside = parts.slice(1).join('/');
    const extension = path.extname(inside);
    if (collection.companions?.includes(extension) && parts.length === 2) return {};
    if (!collection.extensions.includes(extension)) {
      return { role: 'unread', collection: name, endings: collection.extensions };
    }
    if (!collection.nested && parts.length > 2) return { role: 'nested', collection: name };
    return { role: 'entry', collection: name, id: inside.slice(0, -extension.length) };
  }
  return { role: 'unread' };
}

function safeRealpath(file: string): string | undefined {
  try {
    return realpathSync(file);
  } catch {
    return undefined;
  }
}

/** Whether `file` is `folder` or inside it. */
export const isInside = (folder: string, file: string): boolean => {
  const relative = path.relative(folder, file);
  return (
    relative === '' ||
    (relative !== '..' && !relative.startsWith(`..${path.sep}`) && !path.isAbsolute(relative))
  );
};
