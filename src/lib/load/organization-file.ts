/**
 * organization.yaml as text, for the few places that need it before the content is loaded (the
 * Astro config's languages and site URL, the scaffolds' notice period): read only when it is a
 * regular file of a sane size, never through a link and never blocking on a pipe, so a link to
 * /dev/zero or a FIFO in its place cannot hang or flood a build before the content rules run.
 */
import { closeSync, constants, fstatSync, lstatSync, openSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** The largest organization.yaml read: far beyond any real one. */
const MAX_BYTES = 1024 * 1024;

/** The text of `<content>/organization.yaml`, or undefined when it is missing or not a plain, sane file. */
export function organizationText(content: string): string | undefined {
  const file = path.join(content, 'organization.yaml');
  try {
    if (!lstatSync(file).isFile()) return undefined;
    const fd = openSync(file, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
    try {
      const stat = fstatSync(fd);
      if (!stat.isFile() || stat.size > MAX_BYTES) return undefined;
      return readFileSync(fd, 'utf8');
    } finally {
      closeSync(fd);
    }
  } catch {
    return undefined;
  }
}
