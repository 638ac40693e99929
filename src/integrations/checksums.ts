/** Writes dist/SHA256SUMS for every download, in the format `sha256sum -c` checks. */
import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { isChecksummed } from '../lib/outputs/formats';

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
          .filter(isChecksummed)
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
