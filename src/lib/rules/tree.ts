/**
 * Rules on the content folder itself, seen before any file in it is read: only regular files
 * inside it, each collection's entries where it reads them, and file names that are ids.
 */
import { slugId } from '../../core/slug';
import { rule } from './rule';

const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const DATE_NAME = /^\d{4}-\d{2}-\d{2}$/;
const VOCABULARY_NAME = /^[A-Za-z][A-Za-z0-9]*$/;

export const linkOutsideContent = rule({
  id: 'link-outside-content',
  level: 'error',
  locked: true,
  reason:
    "A link to a file outside content/ (or to a folder) would publish whatever it points at, e.g. /proc/self/environ with the build's secrets.",
  stage: 'tree',
  check: ({ entries }, report) => {
    for (const entry of entries) {
      if (entry.kind !== 'symlink') continue;
      if (entry.insideTarget !== undefined && entry.targetIsFile) continue;
      report({
        file: entry.shown,
        field: '(file)',
        message:
          entry.insideTarget === undefined
            ? 'is a symbolic link to something outside the content folder (or to nothing): content is read only from regular files inside it. Copy the file into content/ instead.'
            : 'is a symbolic link to a folder: content is read only from regular files. Move the files into place instead.',
      });
    }
  },
});

export const specialFile = rule({
  id: 'special-file',
  level: 'error',
  locked: true,
  reason:
    'A pipe, socket or device in content/ is no content: reading it could hang or leak the build.',
  stage: 'tree',
  check: ({ entries }, report) => {
    for (const entry of entries) {
      if (entry.kind !== 'other') continue;
      report({
        file: entry.shown,
        field: '(file)',
        message:
          'is not a regular file (a pipe, socket or device): remove it from the content folder.',
      });
    }
  },
});

export const nestedFile = rule({
  id: 'nested-file',
  level: 'error',
  locked: true,
  reason:
    'Processors, changes, products, vocabularies and releases are read from their folder itself, not from subfolders.',
  stage: 'tree',
  check: ({ entries }, report) => {
    for (const entry of entries) {
      if (entry.role !== 'nested') continue;
      const [folder, ...rest] = entry.path.split('/');
      report({
        file: entry.shown,
        field: '(file)',
        message: `is in a subfolder of content/${folder}/, which is not read: move it to content/${folder}/${rest.at(-1)}.`,
      });
    }
  },
});

export const fileNameNotId = rule({
  id: 'file-name-not-id',
  level: 'error',
  locked: true,
  reason:
    'A file name is the id other files use and the address of its page: lower-case letters, digits and hyphens only.',
  stage: 'tree',
  check: ({ entries }, report) => {
    for (const entry of entries) {
      if (entry.role !== 'entry' || entry.id === undefined || entry.collection === 'organization')
        continue;
      const parts = entry.id.split('/');
      const name = parts.at(-1)!;
      // Releases are named by their date, vocabulary files by the vocabulary they extend.
      if (entry.collection === 'releases' || entry.collection === 'vocabulary') {
        const releases = entry.collection === 'releases';
        if ((releases ? DATE_NAME : VOCABULARY_NAME).test(entry.id)) continue;
        report({
          file: entry.shown,
          field: '(file)',
          message: releases
            ? `"${name}" is not a release name: releases are named by the day they record, e.g. 2026-03-01.json.`
            : `"${name}" is not a vocabulary name: name the file after the vocabulary it extends, e.g. dataCategories.yaml.`,
        });
        continue;
      }
      if (parts.every((part) => ID.test(part))) continue;
      const extension = entry.path.slice(entry.path.lastIndexOf('.'));
      report({
        file: entry.shown,
        field: '(file)',
        message: `"${name}" is not an id: a file name is lower-case letters, digits and hyphens. Rename it to ${slugId(name, 'vendor')}${extension}.`,
      });
    }
  },
});

export const duplicateId = rule({
  id: 'duplicate-id',
  level: 'error',
  locked: true,
  reason:
    'Two files with one id (amazon-s3.md and amazon-s3.yaml) would publish one of them at random.',
  stage: 'tree',
  check: ({ entries }, report) => {
    const seen = new Map<string, string>();
    for (const entry of entries) {
      if (entry.role !== 'entry' || entry.id === undefined) continue;
      // Case-insensitive: on macOS and Windows Purposes.yaml and purposes.yaml are one file.
      const key = `${entry.collection}/${entry.id.toLowerCase()}`;
      const first = seen.get(key);
      if (first === undefined) seen.set(key, entry.shown);
      else
        report({
          file: entry.shown,
          field: '(file)',
          message: `has the same id as ${first}: keep one file per id, e.g. merge the two.`,
        });
    }
  },
});

export const unreadFile = rule({
  id: 'unread-file',
  level: 'warning',
  reason:
    'A file the build does not read is usually a typo in a name or an ending, and its facts would silently be missing.',
  stage: 'tree',
  check: ({ entries }, report) => {
    for (const entry of entries) {
      if (entry.role !== 'unread') continue;
      report({
        file: entry.shown,
        field: '(file)',
        message: entry.collection
          ? `is not read: content/${entry.path.split('/')[0]}/ reads files ending in ${(entry.endings ?? []).join(', ')}. Rename it, or start its name with _ to keep it as a draft.`
          : 'is not read: content/ holds organization.yaml and the folders products/, processors/, changes/, vocabulary/, releases/ and translations/. Move it, or start its name with _ to keep it as a draft.',
      });
    }
  },
});
