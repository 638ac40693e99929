/**
 * A Markdown page as a list (how handbooks and docs sites keep theirs): parsed by
 * mdast-util-from-markdown with GitHub's tables and YAML front matter, turned into the same tree
 * an HTML page gives (HTML written inside the Markdown included, through hast-util-raw), and read
 * by ./html.ts. Lines are the Markdown file's.
 */
import type { Root } from 'hast';
import { raw } from 'hast-util-raw';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { toHast } from 'mdast-util-to-hast';
import { frontmatter } from 'micromark-extension-frontmatter';
import { gfm } from 'micromark-extension-gfm';
import { VFile } from 'vfile';
import { blocksOfTree } from './html';
import type { Block } from './list';

/**
 * HTML tables written into Markdown, kept whole: CommonMark ends an HTML block at a blank line,
 * while the site generators that publish such pages (kramdown, Hugo's Goldmark with unsafe HTML)
 * read the table to its end tag. Blank lines inside a table are dropped so both read it alike.
 */
const wholeTables = (text: string): string =>
  text.replace(/<table\b[\s\S]*?<\/table>/gi, (table) => table.replace(/\n[ \t]*(?=\n)/g, ''));

export function readMarkdown(markdown: string): Block[] {
  const text = wholeTables(markdown);
  const mdast = fromMarkdown(text, {
    extensions: [gfm(), frontmatter(['yaml', 'toml'])],
    mdastExtensions: [gfmFromMarkdown(), frontmatterFromMarkdown(['yaml', 'toml'])],
  });
  // Front matter is the page's settings, not its text.
  mdast.children = mdast.children.filter((node) => node.type !== 'yaml' && node.type !== 'toml');
  // The file lets hast-util-raw keep each element's line in the Markdown.
  const hast = raw(toHast(mdast, { allowDangerousHtml: true }) as Root, {
    file: new VFile(text),
  }) as Root;
  return blocksOfTree(hast, (line) => (line ? `line ${line}` : 'the page'));
}
