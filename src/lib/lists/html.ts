/**
 * An HTML page as a list, parsed by hast-util-from-html (parse5, as browsers parse): its tables
 * (colspan and rowspan laid out as the eye reads them), its bulleted and definition lists, and
 * the headings and paragraphs around them, in page order. What a page shows a reader only as
 * chrome (navigation, header, footer, scripts, hidden text) is left out. Markdown and Word files
 * arrive here as the same tree (./markdown.ts, ./docx.ts).
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toText } from 'hast-util-to-text';
import type { Block, Cell, Row } from './list';

/** Elements whose content is page chrome, code or hidden: never a list's. */
const SKIPPED = new Set([
  'nav',
  'header',
  'footer',
  'aside',
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'form',
  'button',
  'select',
  'head',
  'iframe',
]);
const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'caption']);
const PARAGRAPHS = new Set(['p', 'figcaption', 'blockquote', 'small', 'address']);
/** Elements that start a new line of text: a div holding only inline content is a paragraph. */
const BLOCK_LEVEL = new Set([
  'address',
  'article',
  'blockquote',
  'details',
  'dl',
  'div',
  'figure',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'hr',
  'li',
  'main',
  'ol',
  'p',
  'pre',
  'section',
  'table',
  'ul',
]);

const hidden = (element: Element): boolean => {
  const props = element.properties ?? {};
  return (
    props['hidden'] !== undefined ||
    props['ariaHidden'] === 'true' ||
    /display\s*:\s*none/i.test(String(props['style'] ?? ''))
  );
};

/** Text as a reader sees it: runs of spaces one space, line breaks kept where the page breaks. */
const clean = (text: string): string =>
  text
    .replace(/\u00a0/g, ' ')
    .split('\n')
    .map((line) => line.replace(/[ \t\f\r]+/g, ' ').trim())
    .filter((line, i, lines) => line !== '' || (i > 0 && lines[i - 1] !== ''))
    .join('\n')
    .trim();

const textOf = (node: Element | Root): string => clean(toText(node, { whitespace: 'normal' }));

function elements(node: Element | Root): Element[] {
  return (node.children as (RootContent | ElementContent)[]).filter(
    (c): c is Element => c.type === 'element',
  );
}

function firstLink(node: Element): Element | undefined {
  for (const child of elements(node)) {
    if (child.tagName === 'a' && child.properties?.['href']) return child;
    const inner = firstLink(child);
    if (inner) return inner;
  }
  return undefined;
}

/** A cell: its text, and its link's address when the cell is (or starts with) a link. */
function cellOf(element: Element): Cell {
  const text = textOf(element);
  const link = firstLink(element);
  const href = link ? String(link.properties?.['href']) : undefined;
  const span = Number(element.properties?.['colSpan'] ?? 1);
  return {
    text,
    ...(href && /^https?:/i.test(href) ? { href } : {}),
    ...(span > 1 ? { span } : {}),
  };
}

const lineOf = (node: { position?: { start: { line: number } } | undefined }): number | undefined =>
  node.position?.start.line;

function rowsOf(table: Element): Element[] {
  const rows: Element[] = [];
  for (const child of elements(table)) {
    if (child.tagName === 'tr') rows.push(child);
    else if (['thead', 'tbody', 'tfoot'].includes(child.tagName))
      rows.push(...elements(child).filter((c) => c.tagName === 'tr'));
  }
  return rows;
}

/** A table's rows, with colspan and rowspan laid out: a spanned cell is empty across, repeated down. */
function tableRows(table: Element, at: (row: Element, n: number) => string): Row[] {
  const carried: { cell: Cell; left: number }[] = [];
  return rowsOf(table).map((tr, r) => {
    const cells: Cell[] = [];
    let column = 0;
    const fill = () => {
      while (carried[column] && carried[column]!.left > 0) {
        cells.push({
          text: carried[column]!.cell.text,
          ...(carried[column]!.cell.href ? { href: carried[column]!.cell.href } : {}),
        });
        carried[column]!.left--;
        column++;
      }
    };
    for (const td of elements(tr).filter((c) => c.tagName === 'td' || c.tagName === 'th')) {
      fill();
      const cell = cellOf(td);
      const span = cell.span ?? 1;
      const down = Number(td.properties?.['rowSpan'] ?? 1);
      cells.push(cell);
      if (down > 1) carried[column] = { cell, left: down - 1 };
      column++;
      for (let k = 1; k < span; k++) {
        cells.push({ text: '' });
        column++;
      }
    }
    fill();
    return { at: at(tr, r + 1), cells };
  });
}

/** A list item: its leading link or bold name as a cell of its own, then the rest of its text. */
function itemCells(li: Element): Cell[] {
  const lead = elements(li)[0];
  const text = textOf(li);
  const first = li.children.find((c) => !(c.type === 'text' && c.value.trim() === '')) as
    ElementContent | undefined;
  if (
    lead &&
    first === lead &&
    ['a', 'strong', 'b', 'em'].includes(lead.tagName) &&
    textOf(lead) !== text
  ) {
    const name = textOf(lead);
    const rest = clean(text.slice(text.indexOf(name) + name.length).replace(/^[\s.:,;–—-]+/, ''));
    const link = lead.tagName === 'a' ? lead : firstLink(lead);
    const href = link ? String(link.properties?.['href'] ?? '') : '';
    return [
      { text: name, ...(/^https?:/i.test(href) ? { href } : {}) },
      ...(rest ? [{ text: rest }] : []),
    ];
  }
  const link = firstLink(li);
  const href = link ? String(link.properties?.['href'] ?? '') : '';
  return [{ text, ...(/^https?:/i.test(href) ? { href } : {}) }];
}

/** Whether an element holds only inline content: a paragraph in all but name. */
const inlineOnly = (element: Element): boolean =>
  !element.children.some((c) => c.type === 'element' && BLOCK_LEVEL.has(c.tagName));

/** The blocks of a parsed page (or any hast tree), in page order. */
export function blocksOfTree(tree: Root, describe: (line: number | undefined) => string): Block[] {
  const blocks: Block[] = [];
  let tables = 0;
  let lists = 0;
  const text = (role: 'heading' | 'paragraph', element: Element) => {
    const value = textOf(element);
    if (value)
      blocks.push({
        kind: 'text',
        role,
        row: { at: describe(lineOf(element)), cells: [{ text: value }] },
      });
  };
  const walk = (node: Element | Root) => {
    for (const child of node.children as (RootContent | ElementContent)[]) {
      if (child.type !== 'element') continue;
      if (SKIPPED.has(child.tagName) || hidden(child)) continue;
      if (child.tagName === 'table') {
        const n = ++tables;
        const caption = elements(child).find((c) => c.tagName === 'caption');
        if (caption) text('heading', caption);
        blocks.push({
          kind: 'table',
          name: `table ${n}`,
          rows: tableRows(child, (tr, r) =>
            describe(lineOf(tr)) === 'the document' ? `table ${n}, row ${r}` : describe(lineOf(tr)),
          ),
        });
      } else if (child.tagName === 'ul' || child.tagName === 'ol') {
        const n = ++lists;
        const items = elements(child).filter((c) => c.tagName === 'li');
        blocks.push({
          kind: 'list',
          name: `list ${n}`,
          rows: items.map((li, i) => ({
            at:
              describe(lineOf(li)) === 'the document'
                ? `list ${n}, item ${i + 1}`
                : describe(lineOf(li)),
            cells: itemCells(li),
          })),
        });
      } else if (child.tagName === 'dl') {
        const n = ++lists;
        const rows: Row[] = [];
        for (const item of elements(child).flatMap((c) =>
          c.tagName === 'div' ? elements(c) : [c],
        )) {
          if (item.tagName === 'dt')
            rows.push({
              at: lineOf(item) ? describe(lineOf(item)) : `list ${n}, term ${rows.length + 1}`,
              cells: [cellOf(item)],
            });
          else if (item.tagName === 'dd' && rows.length > 0) rows.at(-1)!.cells.push(cellOf(item));
        }
        blocks.push({ kind: 'list', name: `list ${n}`, rows });
      } else if (HEADINGS.has(child.tagName)) text('heading', child);
      else if (PARAGRAPHS.has(child.tagName)) text('paragraph', child);
      else if (child.tagName === 'div' && inlineOnly(child)) text('paragraph', child);
      else walk(child);
    }
  };
  walk(tree);
  return blocks;
}

/** An HTML page as blocks; lines are the page source's, unless `lines` is false (HTML made by a converter). */
export function readHtml(html: string, lines = true): Block[] {
  return blocksOfTree(fromHtml(html), (line) => (line && lines ? `line ${line}` : 'the document'));
}
