/**
 * The build sees only an allow-listed environment (scripts/build.mjs), so not even MDX, which is
 * code, can publish a secret from it: a canary set for the build must appear nowhere in dist/.
 */
import { randomBytes } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildFixture, epochOf, prepareFixture } from './helpers';

const CANARY = `canary-${randomBytes(12).toString('hex')}`;

describe('a build with a secret in its environment and MDX switched on', () => {
  let dist: string;
  const page = (file: string) => readFile(path.join(dist, file), 'utf8');

  beforeAll(async () => {
    const dir = await prepareFixture('env-canary', 'env-canary');
    dist = path.join(dir, 'dist');
    const result = await buildFixture(dir, {
      SOURCE_DATE_EPOCH: epochOf('2026-03-01'),
      REGISTRY_MDX: '1',
      CANARY_SECRET: CANARY,
      // Names that look like the build's own are no way in either.
      ASTRO_CANARY: 'allowed, as ASTRO_* is',
      REGISTRY_CANARY: CANARY,
      NPM_TOKEN: CANARY,
    });
    expect(result.code, result.output).toBe(0);
  });

  it('ran the MDX note, which read the environment and found nothing', async () => {
    const html = await page('processors/env-host/index.html');
    expect(html).toContain('The probe ran: process absent, import.meta absent, export absent.');
    // The variables the note could see: the allow-list, nothing else.
    const seen = JSON.parse(
      /<code>(\{.*?\})<\/code>/
        .exec(html)![1]!
        .replaceAll('&quot;', '"')
        .replaceAll('&#x27;', "'")
        .replaceAll('&amp;', '&'),
    ) as Record<string, string>;
    expect(seen).not.toHaveProperty('CANARY_SECRET');
    expect(seen).not.toHaveProperty('NPM_TOKEN');
    expect(seen).not.toHaveProperty('REGISTRY_CANARY');
    expect(seen).toHaveProperty('ASTRO_CANARY');
    expect(seen).toHaveProperty('REGISTRY_MDX', '1');
  });

  it('leaves the canary nowhere in dist/', async () => {
    const files = await readdir(dist, { recursive: true, withFileTypes: true });
    const checked = files.filter((entry) => entry.isFile());
    expect(checked.length).toBeGreaterThan(20);
    for (const entry of checked) {
      const bytes = await readFile(path.join(entry.parentPath, entry.name));
      expect(bytes.includes(CANARY), path.join(entry.parentPath, entry.name)).toBe(false);
    }
  });

  it('keeps {expressions} in a Markdown note as text', async () => {
    expect(await page('processors/md-host/index.html')).toContain(
      'In Markdown this stays text: {process.env.CANARY_SECRET} and {import.meta.env.CANARY_SECRET}.',
    );
  });

  it('sanitises HTML written as JSX in MDX like HTML in Markdown', async () => {
    const html = await page('processors/env-host/index.html');
    expect(html).not.toMatch(/alert|<script|<iframe|\son[a-z]+=|javascript:/i);
    expect(html).toMatch(/<img src="https:\/\/example.com\/mdx.png" alt="mdx"\/?>/);
    expect(html).toContain('<a>mdx js link</a>');
    expect(html).toContain('<a href="https://example.com/mdx">mdx good link</a>');
    expect(html).toContain('<a>mdx md link</a>');
  });
});
