/**
 * Notes are untrusted input: HTML in them is cut down to a safe subset in every language, and MDX,
 * which runs as code during the build, is refused unless the build is told REGISTRY_MDX=1.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildFixture, epochOf, prepareFixture } from './helpers';

const EPOCH = { SOURCE_DATE_EPOCH: epochOf('2026-03-01') };

/** The notes section of a processor page. */
const notesOf = (page: string): string => {
  const start = page.indexOf('<section aria-labelledby="notes"');
  expect(start, 'the page has a notes section').toBeGreaterThan(-1);
  return page.slice(start, page.indexOf('</section>', start) + '</section>'.length);
};

describe('hostile notes', () => {
  let dist: string;
  const page = (file: string) => readFile(path.join(dist, file), 'utf8');

  beforeAll(async () => {
    const dir = await prepareFixture('hostile-notes', 'hostile-notes');
    dist = path.join(dir, 'dist');
    const result = await buildFixture(dir, EPOCH);
    expect(result.code, result.output).toBe(0);
  });

  it.each(['processors/notes-host/index.html', 'nl/processors/notes-host/index.html'])(
    '%s keeps no script, handler, frame or unsafe link target',
    async (file) => {
      const html = await page(file);
      const notes = notesOf(html);
      // Nothing that runs: no script element, no handler, no script or data URL, anywhere on the page.
      expect(html).not.toMatch(/alert|msgbox/);
      expect(html).not.toMatch(/<script/i);
      expect(html).not.toMatch(/\son[a-z]+=/i);
      expect(html).not.toMatch(/javascript:|vbscript:|data:/i);
      for (const tag of ['iframe', 'svg', 'form', 'input', 'button', 'object', 'embed', 'style'])
        expect(notes).not.toContain(`<${tag}`);
      expect(notes).not.toContain('style=');
      expect(notes).not.toContain('target=');
      // What is safe stays as written.
      expect(notes).toContain('<a href="https://example.com/dpa">good link</a>');
      expect(notes).toContain('<a href="/processors/eu-host/">relative one</a>');
      expect(notes).toContain('<a href="mailto:dpo@example.com">mail</a>');
      expect(notes).toContain('<img src="https://example.com/logo.png" alt="logo">');
      expect(notes).toContain('<a href="https://example.com/ok">ok link</a>');
      // A link with an unsafe target keeps its words, not its target.
      expect(notes).toContain('<a>js link</a> <a>data link</a>');
      expect(notes).toContain('<a>vb link</a>');
      expect(notes).toContain('<a>entity</a>');
      // An id written in HTML cannot take over one of the page's own (the page has id="main").
      expect(notes).toContain('<div id="user-content-main">kept text</div>');
      // Table alignment survives as an attribute, which the Content-Security-Policy allows.
      expect(notes).toContain('<th align="left">Left</th>');
      expect(notes).toContain('<td align="right" data-label="Right">b</td>');
      // A table in a note reads as cards on a phone, as the site's own do.
      expect(notes).toContain('<table class="cards">');
    },
  );

  it('sanitises the translated notes too, in their language', async () => {
    expect(notesOf(await page('nl/processors/notes-host/index.html'))).toContain(
      'Vertaalde <strong>notities</strong>',
    );
  });
});

describe('MDX', () => {
  it('is refused by default, naming each file, the rename and the switch', async () => {
    const dir = await prepareFixture('mdx-refused', 'mdx-refused');
    const { code, output } = await buildFixture(dir, EPOCH);
    expect(code).toBe(1);
    const content = 'tests/.out/fixtures/mdx-refused/content';
    expect(output).toContain(
      'Build failed; tests/.out/fixtures/mdx-refused/dist was left as it was.',
    );
    expect(output).toContain('MdxNotEnabled: MDX is off, and these files are MDX:');
    expect(output).toContain(`  ${content}/processors/mdx-host.mdx: rename it to mdx-host.md`);
    expect(output).toContain(
      `  ${content}/translations/nl/processors/mdx-host.mdx: rename it to mdx-host.md`,
    );
    expect(output).toContain('MDX runs as code on the build machine, so notes are Markdown');
    expect(output).toContain(
      'Only if everyone who can change the content may run code where the site is built: switch MDX on with REGISTRY_MDX=1.',
    );
    expect(output).not.toContain('_draft.mdx');
  });
});
