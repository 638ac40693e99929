/** Writes dist/SHA256SUMS for every download, in the format `sha256sum -c` checks. */
import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Downloads: the list in every format, its schema, every release, and the feeds and calendars. */
const DOWNLOAD =
  /^(subprocessors\.[a-z]+|schema\/.+|releases\/.+\.(json|csv|xlsx)|(products\/[^/]+\/)?changes\.(rss|atom|json|ics))$/;

export default function checksums(): AstroIntegration {
  return {
    name: 'processor-registry:checksums',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const files = (await readdir(root, { recursive: true, withFileTypes: true }))
          .filter((entry) => entry.isFile())
          .map((entry) =>
            path.relative(root, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'),
          )
          .filter((file) => DOWNLOAD.test(file))
          .sort();
        const lines = await Promise.all(
          files.map(
            async (file) =>
              `${createHash('sha256')
                .update(await readFile(path.join(root, file)))
                .digest('hex')}  ${file}`,
          ),
        );
        await writeFile(path.join(root, 'SHA256SUMS'), `${lines.join('\n')}\n`);
        logger.info(`SHA256SUMS lists ${files.length} downloads`);
      },
    },
  };
}
