/**
 * What a published list says, read from its blocks: which row is the header and which field each
 * column is (./fields.ts), which rows are recipients and which are headings, repeated headers,
 * section titles, footnotes or remarks ("Last updated …"), each of those reported with its
 * place. Every non-empty cell of a recipient's row ends up in its entry: under the field its
 * column is, or, for a column no field fits, kept verbatim with its header. Nothing here writes
 * content: the importer and the watcher of vendors' lists both start from these entries.
 */
import {
  FIELDS,
  fieldOf,
  headerWords,
  isServiceHeader,
  type Field,
  type FieldMatch,
} from './fields';
import { fold, footnoteMarker, footnoteOf, isRemark, placesOf, splitValues } from './cells';
import type { Block, Cell, ListDocument, Row } from './list';

/** One cell of a recipient's row, as the list gives it. */
export interface EntryCell {
  /** The column's header ("" for a list without one). */
  header: string;
  text: string;
  href?: string | undefined;
}

/** One recipient row of a list, its cells sorted by what they are. */
export interface ListEntry {
  /** Where the row is: "line 12", "sheet Subprocessors, row 4". */
  at: string;
  /** The recipient's name as the list gives it (the entity's, where that is the only name). */
  name: string;
  /** The cells of each field, in column order (a field may have several columns). */
  fields: Partial<Record<Field, EntryCell[]>>;
  /** Cells of columns no field fits: kept verbatim, with their headers. */
  unplaced: EntryCell[];
  /** The headings, section rows and lead-in sentences the recipient is listed under, outermost first. */
  sections: string[];
  /** Footnotes its cells point to, with their markers. */
  footnotes: { marker: string; note: string }[];
  /** The name comes from the list's entity column (its only name): the list names the legal entity. */
  nameIsEntity?: boolean | undefined;
}

/** How one column was read. */
export interface ColumnReport {
  block: string;
  header: string;
  /** The field it went to; undefined where none fits (its cells are kept verbatim). */
  field: Field | undefined;
  /** How: a synonym of the field, the user's --map, or the only name column there is. */
  how: 'synonym' | 'map' | 'name' | 'content' | 'none';
  sample: string;
}

/** A row that is no recipient, and what it was taken for. */
export interface RowReport {
  at: string;
  kind:
    | 'heading'
    | 'header'
    | 'repeated-header'
    | 'section'
    | 'footnote'
    | 'remark'
    | 'no-name'
    | 'continued'
    | 'wider';
  text: string;
}

export interface Understood {
  entries: ListEntry[];
  columns: ColumnReport[];
  rows: RowReport[];
  /** This project's own subprocessors.json, where that is what was read. */
  exported?: unknown;
}

export interface UnderstandOptions {
  /** The user's --map: folded header words → field (or none, to keep the column verbatim). */
  mappings?: ReadonlyMap<string, Field | 'none'>;
}

const filled = (row: Row): Cell[] => row.cells.filter((c) => c.text.trim() !== '');
const textsOf = (row: Row) => row.cells.map((c) => c.text.trim());

/** How one column is read: its field, how that was found, and the synonym's match. */
interface ColumnLayout {
  field: Field | undefined;
  how: ColumnReport['how'];
  match?: FieldMatch | undefined;
}

/** The field each header of a header row names, with the user's --map first. */
function layoutOf(
  header: readonly string[],
  mappings: ReadonlyMap<string, Field | 'none'>,
): ColumnLayout[] {
  const layout = header.map((text): ColumnLayout => {
    const mapped = mappings.get(headerWords(text).join(' '));
    if (mapped !== undefined)
      return { field: mapped === 'none' ? undefined : mapped, how: 'map' as const };
    const match = fieldOf(text);
    return match
      ? { field: match.field, how: 'synonym' as const, match }
      : { field: undefined, how: 'none' as const };
  });
  // One column per field, the surest wins; the others are kept verbatim. Data and data subjects
  // may come in several columns (a list that splits its data by kind).
  for (const field of FIELDS) {
    if (field === 'data' || field === 'subjects') continue;
    const columns = layout.flatMap((l, i) => (l.field === field ? [i] : []));
    if (columns.length < 2) continue;
    const score = (i: number) =>
      layout[i]!.how === 'map'
        ? 99
        : (layout[i]!.match?.words ?? 0) + (layout[i]!.match?.exact ? 0.5 : 0);
    const keep = columns.reduce((a, b) => (score(b) > score(a) ? b : a));
    for (const i of columns) if (i !== keep) layout[i] = { field: undefined, how: 'none' };
  }
  // "Service": the name where no column is one, else what the service does.
  header.forEach((text, i) => {
    if (layout[i]!.field !== undefined || !isServiceHeader(text)) return;
    const named = layout.some((l) => l.field === 'name');
    layout[i] = { field: named ? 'purpose' : 'name', how: 'synonym' };
  });
  // No name column: the entity column names the recipient ("Entity Name | Purpose | Location").
  if (!layout.some((l) => l.field === 'name')) {
    const entity = layout.findIndex((l) => l.field === 'entity');
    if (entity >= 0) layout[entity] = { field: 'name', how: 'name' };
  }
  return layout;
}

/**
 * Whether a row is a header, and how sure: `strong` where it names the recipient and at least
 * one more fact, `weak` where its only known column is the name (a cell ending in ":" is a
 * label of a key-value table, never a header).
 */
function headerKind(
  row: Row,
  mappings: ReadonlyMap<string, Field | 'none'>,
): 'strong' | 'weak' | undefined {
  const texts = textsOf(row).filter(Boolean);
  if (texts.length < 2 || texts.some((text) => /:\s*$/.test(text))) return undefined;
  const fields = layoutOf(texts, mappings).flatMap((l) => (l.field ? [l.field] : []));
  const named = fields.includes('name') || fields.includes('entity');
  if (named && fields.length >= 2) return 'strong';
  if (fields.length >= 3) return 'strong';
  return named && texts.length <= 3 ? 'weak' : undefined;
}

const isHeaderRow = (row: Row, mappings: ReadonlyMap<string, Field | 'none'>): boolean =>
  headerKind(row, mappings) !== undefined;

const sameHeader = (row: Row, header: readonly string[]) =>
  textsOf(row).map(fold).join('\u0000') === header.map(fold).join('\u0000');

/** A heading that only titles the list ("Subprocessors", "Liste der Unterauftragsverarbeiter"): no section. */
const isTitle = (text: string): boolean => headerWords(text).every((word) => TITLE_WORDS.has(word));

/** Words a list's title is made of, in the four languages. */
const TITLE_WORDS = new Set(
  'subprocessor processor list overview current authorized authorised approved our subverwerker verwerker lijst overzicht onze unterauftragsverarbeiter auftragsverarbeiter liste ubersicht unsere soustraitant ulterieur nos'.split(
    ' ',
  ),
);

/**
 * The list's items as rows of a table with no header: "Name — purpose — location" parts, a
 * part that names only places being the location, the first other part the purpose.
 */
function listLayout(rows: readonly Row[]): {
  header: string[];
  rows: Row[];
  fields: (Field | undefined)[];
} {
  const split = rows.map((row) => {
    const [first, ...rest] = row.cells;
    const parts: Cell[] =
      rest.length > 0
        ? [
            first!,
            ...rest.flatMap((c) => c.text.split(/\s+[—–-]\s+|\s*\|\s*/).map((text) => ({ text }))),
          ]
        : (first?.text ?? '')
            .split(/\s+[—–-]\s+|\s*\|\s*|:\s+/)
            .map((text, i) => ({ text, ...(i === 0 && first?.href ? { href: first.href } : {}) }));
    return { at: row.at, cells: parts.filter((c) => c.text.trim() !== '') };
  });
  const width = Math.max(0, ...split.map((r) => r.cells.length));
  const fields: (Field | undefined)[] = Array.from({ length: width }, (_, i) => {
    if (i === 0) return 'name';
    const cells = split.map((r) => r.cells[i]?.text ?? '').filter(Boolean);
    const places = cells.filter(
      (c) => placesOf(c).codes.length > 0 && placesOf(c).unread.length === 0,
    );
    return cells.length > 0 && places.length * 2 > cells.length ? 'location' : undefined;
  });
  const purpose = fields.findIndex((f, i) => i > 0 && f === undefined);
  if (purpose > 0) fields[purpose] = 'purpose';
  const header = fields.map(() => '');
  return { header, rows: split, fields };
}

/** What a link in a vendor's section is, by its words: its DPA, its own sub-processor list, or neither. */
function linkField(text: string): Field | undefined {
  const words = fold(text);
  if (/sub-?processors?|subverwerkers?|unterauftragsverarbeiter|sous-traitants/.test(words))
    return 'listUrl';
  if (
    /data processing (agreement|addendum)|\bdpa\b|verwerkersovereenkomst|auftragsverarbeitung|accord de traitement|contrat de sous-traitance/.test(
      words,
    )
  )
    return 'dpa';
  return undefined;
}

/**
 * A page of sections, one per vendor: a short heading naming it, a paragraph on what it does,
 * and a list of its links (its DPA, its security page). Read only where at least two sections
 * have that shape; a section of another shape ("Contact", "Version") is no vendor's.
 */
function vendorSections(
  blocks: readonly Block[],
): { entries: ListEntry[]; used: Set<Block> } | undefined {
  const entries: ListEntry[] = [];
  const used = new Set<Block>();
  for (let i = 0; i < blocks.length; i++) {
    const heading = blocks[i]!;
    if (heading.kind !== 'text' || heading.role !== 'heading') continue;
    const name = heading.row.cells[0]?.text ?? '';
    if (!name || name.split(/\s+/).length > 6 || isTitle(name) || isRemark(name)) continue;
    const paragraph = blocks[i + 1];
    const links = blocks[i + 2];
    if (paragraph?.kind !== 'text' || paragraph.role !== 'paragraph' || links?.kind !== 'list')
      continue;
    if (!links.rows.every((row) => row.cells.length === 1 && row.cells[0]!.href)) continue;
    const entry: ListEntry = {
      at: heading.row.at,
      name,
      fields: { purpose: [{ header: '', text: paragraph.row.cells[0]!.text }] },
      unplaced: [],
      sections: [],
      footnotes: [],
    };
    for (const row of links.rows) {
      const cell = { header: '', text: row.cells[0]!.text, href: row.cells[0]!.href };
      const field = linkField(cell.text);
      if (field) (entry.fields[field] ??= []).push(cell);
      else entry.unplaced.push(cell);
    }
    entries.push(entry);
    used.add(heading).add(paragraph).add(links);
  }
  return entries.length >= 2 ? { entries, used } : undefined;
}

/** Reads a list's blocks into entries, reporting every row that is no recipient and every column. */
export function understand(doc: ListDocument, options: UnderstandOptions = {}): Understood {
  if (doc.exported !== undefined)
    return { entries: [], columns: [], rows: [], exported: doc.exported };
  const mappings = options.mappings ?? new Map();
  const entries: ListEntry[] = [];
  const columns: ColumnReport[] = [];
  const rows: RowReport[] = [];
  const footnotes = new Map<string, string>();
  const pending: { entry: ListEntry; marker: string; cell?: EntryCell }[] = [];
  let heading: string | undefined;
  /** The sentence that leads into the next table or list ("These are located in the EU:"). */
  let intro: string | undefined;

  const note = (row: Row, text: string): boolean => {
    const footnote = footnoteOf(text);
    if (footnote) {
      footnotes.set(footnote.marker, footnote.note);
      rows.push({ at: row.at, kind: 'footnote', text });
      return true;
    }
    if (isRemark(text)) {
      rows.push({ at: row.at, kind: 'remark', text });
      return true;
    }
    return false;
  };

  const readTable = (block: Extract<Block, { kind: 'table' | 'list' }>) => {
    let header: string[] | undefined;
    let fields: (Field | undefined)[] = [];
    let body: Row[];
    const above = [heading && !isTitle(heading) ? heading : undefined, intro].filter(
      (text): text is string => text !== undefined,
    );
    let section: string | undefined;
    const introPlaces = intro ? placesIn(intro) : undefined;
    if (block.kind === 'list') {
      const laid = listLayout(block.rows);
      header = laid.header;
      fields = laid.fields;
      body = laid.rows;
      fields.forEach((field, i) =>
        columns.push({
          block: block.name,
          header: `part ${i + 1}`,
          field,
          how: field ? 'content' : 'none',
          sample: body.find((r) => r.cells[i]?.text)?.cells[i]?.text ?? '',
        }),
      );
    } else {
      const start = block.rows.findIndex((row) => isHeaderRow(row, mappings));
      if (start < 0) {
        // No header: the block holds no recipients this reader can tell apart from text.
        for (const row of block.rows)
          for (const cell of filled(row))
            if (!note(row, cell.text)) rows.push({ at: row.at, kind: 'heading', text: cell.text });
        return;
      }
      for (const row of block.rows.slice(0, start)) {
        const text = filled(row)
          .map((c) => c.text)
          .join(' ');
        if (text && !note(row, text)) {
          rows.push({ at: row.at, kind: 'heading', text });
          if (!isTitle(text)) above.push(text);
        }
      }
      header = textsOf(block.rows[start]!);
      rows.push({
        at: block.rows[start]!.at,
        kind: 'header',
        text: header.filter(Boolean).join(' | '),
      });
      const layout = layoutOf(header, mappings);
      fields = layout.map((l) => l.field);
      body = block.rows.slice(start + 1);
      header.forEach((text, i) => {
        if (!text && !body.some((r) => r.cells[i]?.text.trim())) return;
        columns.push({
          block: block.name,
          header: text,
          field: layout[i]!.field,
          how: layout[i]!.how,
          sample: body.find((r) => r.cells[i]?.text.trim())?.cells[i]?.text.trim() ?? '',
        });
      });
    }
    const nameAt = fields.indexOf('name');
    const entityAsName =
      block.kind === 'table' &&
      columns.some((c) => c.block === block.name && c.field === 'name' && c.how === 'name');
    if (nameAt < 0) {
      rows.push({
        at: block.rows[0]?.at ?? block.name,
        kind: 'heading',
        text: `${block.name}: no column names the recipient`,
      });
      for (const row of body) for (const cell of filled(row)) note(row, cell.text);
      return;
    }
    let previous: ListEntry | undefined;
    for (const row of body) {
      const cells = filled(row);
      if (cells.length === 0) continue;
      if (
        header &&
        block.kind === 'table' &&
        (sameHeader(row, header) ||
          (isHeaderRow(row, mappings) &&
            layoutOf(textsOf(row), mappings).filter((l) => l.field).length >=
              Math.max(2, fields.filter(Boolean).length - 1)))
      ) {
        rows.push({
          at: row.at,
          kind: 'repeated-header',
          text: cells.map((c) => c.text).join(' | '),
        });
        continue;
      }
      // One filled cell in a row of several columns (or one spanning them): a section title, a
      // footnote or a remark, never a recipient.
      if (cells.length === 1 && (fields.length > 2 || (cells[0]!.span ?? 1) > 1)) {
        const text = cells[0]!.text;
        if (!note(row, text)) {
          rows.push({ at: row.at, kind: 'section', text });
          section = text;
        }
        continue;
      }
      if (
        header &&
        block.kind === 'table' &&
        row.cells.slice(header.length).some((c) => c.text.trim())
      )
        rows.push({
          at: row.at,
          kind: 'wider',
          text: `${row.cells.filter((c) => c.text.trim()).length} cells where the header has ${header.filter(Boolean).length} (a comma in an unquoted cell?): read as they stand, the ones beyond the header kept verbatim; check the row`,
        });
      const nameCell = row.cells[nameAt];
      const marked = footnoteMarker(nameCell?.text.trim() ?? '');
      const cellsOf = (): {
        fields: ListEntry['fields'];
        unplaced: EntryCell[];
        markers: { marker: string; cell: EntryCell }[];
      } => {
        const own: ListEntry['fields'] = {};
        const unplaced: EntryCell[] = [];
        const markers: { marker: string; cell: EntryCell }[] = [];
        row.cells.forEach((cell, i) => {
          const text = cell.text.trim();
          if (!text || i === nameAt) return;
          const { text: bare, marker } = footnoteMarker(text);
          const entryCell: EntryCell = {
            header: header?.[i] ?? '',
            text: marker ? bare : text,
            ...(cell.href ? { href: cell.href } : {}),
          };
          if (marker) markers.push({ marker, cell: entryCell });
          const field = fields[i];
          if (field) (own[field] ??= []).push(entryCell);
          else unplaced.push(entryCell);
        });
        return { fields: own, unplaced, markers };
      };
      if (!marked.text && !previous) {
        rows.push({ at: row.at, kind: 'no-name', text: cells.map((c) => c.text).join(' | ') });
        continue;
      }
      if (!marked.text)
        // No name, but other cells: the recipient above, doing something more (a cell merged
        // down a column, as a spreadsheet exports it).
        rows.push({
          at: row.at,
          kind: 'continued',
          text: `no name: read as another activity of ${previous!.name}, the recipient above; if it is another recipient, write its name and import again`,
        });
      const { fields: own, unplaced, markers } = cellsOf();
      const entry: ListEntry = {
        at: row.at,
        name: marked.text || previous!.name,
        fields: own,
        unplaced,
        sections: [...above, ...(section ? [section] : [])],
        footnotes: [],
        ...(entityAsName ? { nameIsEntity: true } : {}),
      };
      if (nameCell?.href)
        (entry.fields.website ??= []).unshift({
          header: header?.[nameAt] ?? '',
          text: nameCell.href,
          href: nameCell.href,
        });
      // Where the sentence leading into the list says where its recipients are, and the row does not.
      if (introPlaces && !entry.fields.location && !entry.fields.processing)
        entry.fields.location = [{ header: '', text: introPlaces }];
      if (marked.marker) pending.push({ entry, marker: marked.marker });
      for (const { marker, cell } of markers) pending.push({ entry, marker, cell });
      entries.push(entry);
      previous = entry;
    }
  };

  // A document whose tables have headers naming the recipient and more keeps its recipients
  // there: its lists, and tables whose only known column is a name, are text (a DPA's
  // definitions, a key-value table of document details), reported but not read.
  const strong = doc.blocks.some(
    (block) =>
      block.kind === 'table' && block.rows.some((row) => headerKind(row, mappings) === 'strong'),
  );
  const weak = (block: Extract<Block, { kind: 'table' | 'list' }>) =>
    block.kind === 'list' || !block.rows.some((row) => headerKind(row, mappings) === 'strong');
  const sections = strong ? undefined : vendorSections(doc.blocks);
  if (sections) {
    entries.push(...sections.entries);
    for (const entry of sections.entries)
      columns.push({
        block: entry.at,
        header: 'section heading',
        field: 'name',
        how: 'content',
        sample: entry.name,
      });
  }

  for (const block of doc.blocks) {
    if (sections?.used.has(block)) continue;
    if (block.kind !== 'text' && (sections || strong) && weak(block)) {
      rows.push({
        at: block.rows[0]?.at ?? block.name,
        kind: 'heading',
        text: `${block.name}: not read as recipients, since the document's tables with headers hold them`,
      });
      continue;
    }
    if (block.kind === 'text') {
      const text = block.row.cells[0]?.text ?? '';
      if (note(block.row, text)) continue;
      if (block.role === 'heading') {
        heading = text;
        intro = undefined;
        rows.push({ at: block.row.at, kind: 'heading', text });
      } else intro = /:\s*$/.test(text) ? text : undefined;
      continue;
    }
    readTable(block);
    heading = undefined;
    intro = undefined;
  }

  // A marker whose footnote the list gives carries the note; one it does not give stays in the text.
  for (const { entry, marker, cell } of pending) {
    const text = footnotes.get(marker);
    if (text !== undefined) {
      if (!entry.footnotes.some((f) => f.marker === marker))
        entry.footnotes.push({ marker, note: text });
    } else if (cell) cell.text = `${cell.text}${marker}`;
    else entry.name = `${entry.name}${marker}`;
  }
  return { entries, columns, rows };
}

/**
 * The places a sentence leading into a list says its recipients are in: "These subprocessors are
 * located in the United States:", "… gevestigd in de EU:", "… ansässig in Deutschland:". Only a
 * place the cell readers know, and only where the sentence says "located in" or its like.
 */
export function placesIn(sentence: string): string | undefined {
  const match =
    /\b(?:located|based|hosted|established|stored|processed) in\s+(.+?)\s*[:.]?\s*$|\b(?:gevestigd|gehost|opgeslagen) in\s+(.+?)\s*[:.]?\s*$|\b(?:ansässig|gehostet|gespeichert|niedergelassen) in\s+(.+?)\s*[:.]?\s*$|\b(?:situés?|hébergés?|établis?) (?:en|aux?|dans)\s+(.+?)\s*[:.]?\s*$/i.exec(
      sentence,
    );
  const place = match?.slice(1).find(Boolean);
  if (!place) return undefined;
  const found = placesOf(place);
  return found.codes.length > 0 && found.unread.length === 0 ? place : undefined;
}

/** Every non-empty cell of an entry, with the field it went to (none: kept verbatim). */
export function entryCells(entry: ListEntry): { field: Field | undefined; cell: EntryCell }[] {
  return [
    ...(Object.entries(entry.fields) as [Field, EntryCell[]][]).flatMap(([field, cells]) =>
      cells.map((cell) => ({ field, cell })),
    ),
    ...entry.unplaced.map((cell) => ({ field: undefined, cell })),
  ];
}

/** A value's parts as the entry's cells of a field hold them, each cell split into its values. */
export const valuesOf = (entry: ListEntry, field: Field): string[] =>
  (entry.fields[field] ?? []).flatMap((cell) => splitValues(cell.text));
