/**
 * processorRegistry({ routes }): a page a company leaves out is not built, no page links to it,
 * and what it offered is reached another way (the facts as text, the search's fallback list).
 * (The option's errors: tests/unit/integrations.test.ts.)
 */
import { existsSync } from 'node:fs';
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildFixture, FAST, prepareFixture } from './helpers';

describe.skipIf(FAST)('a registry without search, browse, A–Z, embed and reference pages', () => {
  let dist: string;
  let pages: string[];
  beforeAll(async () => {
    const dir = await prepareFixture('routes');
    const result = await buildFixture(dir, {
      REGISTRY_ASTRO_CONFIG: 'tests/fixtures/routes/astro.config.mjs',
    });
    expect(result.output).toMatch(/Built \S*dist\//);
    dist = path.join(dir, 'dist');
    pages = (await readdir(dist, { recursive: true, encoding: 'utf8' })).filter((f) =>
      f.endsWith('.html'),
    );
  }, 240_000);

  it('builds none of the pages left out, and no search index', () => {
    for (const folder of ['search', 'browse', 'a-z', 'embed', 'reference', 'pagefind'])
      for (const lang of ['', 'nl/'])
        expect(existsSync(path.join(dist, lang, folder)), `${lang}${folder}`).toBe(false);
    expect(pages).toContain('index.html');
    expect(pages).toContain('processors/us-mailer/index.html');
    expect(pages).toContain('changes/index.html');
  });

  it('links from no page to a page that is not there', async () => {
    const broken: string[] = [];
    for (const page of pages) {
      const html = await readFile(path.join(dist, page), 'utf8');
      for (const [, href] of html.matchAll(/\s(?:href|src|action)="(\/[^"#?]*)/g)) {
        if (href!.startsWith('//')) continue;
        const file = path.join(dist, decodeURI(href!));
        const found = href!.endsWith('/')
          ? existsSync(path.join(file, 'index.html'))
          : existsSync(file) || existsSync(path.join(file, 'index.html'));
        if (!found) broken.push(`${page}: ${href}`);
      }
    }
    expect(broken).toEqual([]);
  });

  it('gives the facts as text, and no search form or script', async () => {
    const overview = await readFile(path.join(dist, 'index.html'), 'utf8');
    expect(overview).not.toMatch(/<form|<script|\/browse\/|\/a-z\/|\/search\//);
    expect(overview).toMatch(/<dt>Sub-processors <span class="count"/);
    const page = await readFile(path.join(dist, 'processors/eu-host/index.html'), 'utf8');
    expect(page).toContain('<dd>EU Host B.V. (Netherlands)</dd>');
    expect(page).not.toMatch(/\/reference\/|\/browse\//);
  });

  it('writes no frame rule for an embeddable list it does not have', async () => {
    const headers = await readFile(path.join(dist, '_headers'), 'utf8');
    expect(headers).not.toContain('/embed/');
  });
});
