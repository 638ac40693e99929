/**
 * A company's own published list, as the list reader understood it (../lists/understand.ts),
 * turned into processors: every fact the list states goes to its field; a fact it does not state
 * is written `not-stated`, so the lint decides whether it may be published; a cell the importer
 * can read only in part, or not at all, is kept verbatim as one of the recipient's `otherFacts`
 * (or a transfer's note) and, where a field needs a value, a marked FILL IN placeholder names it.
 * Every cell is accounted for: carried into a field, or kept verbatim.
 */
import { PLACEHOLDER } from '../../core/placeholder';
import { ROLES, type Role } from '../../core/roles';
import type { Regime } from '../../core/regimes';
import type { Vocabularies, VocabularyName } from '../../core/vocabulary';
import { approvedForEea, atHome } from '../../core/locations';
import { fold, placesOf, safeguardOf, splitNameAddress, splitValues, termOf } from '../lists/cells';
import type { Field } from '../lists/fields';
import { retentionFromFreeText } from '../lists/retention';
import type { EntryCell, Understood } from '../lists/understand';

/** A processor read from a list: its id, its fields, and its activities. */
export interface ListedProcessor {
  id: string;
  data: Record<string, unknown>;
  activities: Record<string, unknown>[];
}

/** What became of one cell of the list. */
export interface CellFate {
  at: string;
  header: string;
  text: string;
  /** carried: into a field, as data; verbatim: kept word for word (as well, where only part was read). */
  fate: 'carried' | 'verbatim';
  field?: Field | undefined;
}

export interface ListContext {
  vocabularies: Vocabularies;
  /** The report to add a line to for every cell it cannot read and every fact it did not find. */
  report: string[];
  slug: (text: string) => string;
  /** The product the list's recipients serve. */
  product: string;
  /** The publisher's regimes: a location outside their territory needs a transfer entry. */
  regimes: readonly Regime[];
  /** The role every recipient of the list has, where the user says so (--role). */
  role?: Role | undefined;
  /** Every cell's fate, for the report and the tests. */
  fates?: CellFate[];
}

const fill = (what: string) => `${PLACEHOLDER}: ${what}`;

/** A cell that says the list does not say: "Not specified", "n/a", "unbekannt", "niet bekend", "non précisé". */
const NOT_SAID =
  /^(-|–|—|n\/a|na|none|not specified|unspecified|unknown|not stated|not known|tbd|nicht angegeben|unbekannt|keine angabe|niet bekend|onbekend|niet gespecificeerd|niet opgegeven|non precise|non specifie|inconnu|non communique)$/;
const NOT_STATED = 'not-stated';

/** Words that call a recipient a sub-processor, in a header or a heading of the list. */
const SUB_PROCESSOR_WORDS =
  /sub-?processors?|subverwerkers?|sub-verwerkers?|unterauftragsverarbeiter|unterauftragnehmer|sous-traitants? ulterieurs?|sous-traitants?/;

/** The role a role cell names, in the four languages; undefined for anything else. */
function roleOf(text: string): Role | undefined {
  const words = fold(text);
  if (
    /^(sub-?processor|subverwerker|sub-verwerker|unterauftragsverarbeiter|sous-traitant ulterieur)$/.test(
      words,
    )
  )
    return 'sub-processor';
  if (/^(processor|data processor|verwerker|auftragsverarbeiter|sous-traitant)$/.test(words))
    return 'processor';
  if (
    /^(joint controller|gezamenlijke verwerkingsverantwoordelijke|gemeinsam verantwortliche?r?|responsable conjoint)$/.test(
      words,
    )
  )
    return 'joint-controller';
  if (
    /^(controller|independent controller|data controller|verwerkingsverantwoordelijke|verantwortliche?r?|responsable (de|du) traitement)$/.test(
      words,
    )
  )
    return 'independent-controller';
  return undefined;
}

/** A cell's text with its link, where it links elsewhere than its words say. */
const withLink = (cell: EntryCell) =>
  cell.href && !cell.text.includes(cell.href) ? `${cell.text} (${cell.href})` : cell.text;

/** The processors of a company's own list; every gap and unread cell goes to `context.report`. */
export function importList(understood: Understood, context: ListContext): ListedProcessor[] {
  const { vocabularies, report, slug } = context;
  const fates = context.fates ?? [];
  const processors = new Map<string, ListedProcessor & { facts: Set<string> }>();
  /** Recipients whose purpose text is no purpose code: one line in the report for all of them. */
  const unmatchedPurposes: string[] = [];
  const listSaysSubProcessors = understood.columns.some(
    (c) => c.field === 'name' && SUB_PROCESSOR_WORDS.test(fold(c.header)),
  );

  for (const entry of understood.entries) {
    const facts: Record<string, unknown>[] = [];
    const carried = (cell: EntryCell, field: Field) =>
      fates.push({ at: entry.at, header: cell.header, text: cell.text, fate: 'carried', field });
    const verbatim = (
      cell: EntryCell,
      field?: Field,
      kind: 'column' | 'section' | 'footnote' = 'column',
    ) => {
      facts.push({ kind, ...(cell.header ? { label: cell.header } : {}), text: withLink(cell) });
      fates.push({ at: entry.at, header: cell.header, text: cell.text, fate: 'verbatim', field });
    };
    const cells = (field: Field) => entry.fields[field] ?? [];
    const line = `${entry.at}: ${entry.name}`;

    // Who: a name cell may hold more lines after the name (a hosting location), kept as written,
    // and the entity's address after the name on its line, which gives its country.
    const [firstLine = entry.name, ...moreLines] = entry.name
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean);
    if (moreLines.length > 0)
      facts.push({ kind: 'column', label: 'Name', text: moreLines.join('\n') });
    const split = splitNameAddress(firstLine);
    const name = split.name;
    if (split.address) facts.push({ kind: 'column', label: 'Address', text: split.address });
    const entityCells = cells('entity');
    const countryCells = cells('entityCountry');
    let entityCountry: string | undefined = split.country;
    for (const cell of countryCells) {
      const places = placesOf(cell.text);
      const code = places.codes.find((c) => /^[A-Z]{2}$/.test(c));
      if (code) {
        entityCountry ??= code;
        if (places.unread.length > 0 || places.codes.length > 1) verbatim(cell, 'entityCountry');
        else carried(cell, 'entityCountry');
      } else {
        verbatim(cell, 'entityCountry');
        report.push(`${line}: ${cell.header}: "${cell.text}" names no country; kept as written`);
      }
    }
    for (const cell of cells('address')) verbatim(cell, 'address');
    const entityName =
      entityCells.map((c) => c.text).join(', ') || (entry.nameIsEntity ? name : '');
    entityCells.forEach((cell) => carried(cell, 'entity'));
    // The list names the entity, or gives the country of the recipient it names: that is the entity.
    const legalEntity =
      entityName || countryCells.length > 0 || split.country
        ? { name: entityName || name, country: entityCountry ?? NOT_STATED }
        : NOT_STATED;

    // The role: a role cell, the user's --role, or a list that calls its recipients sub-processors.
    let role: string | undefined = context.role;
    for (const cell of cells('role')) {
      const found = roleOf(cell.text);
      if (found) {
        role = found;
        carried(cell, 'role');
      } else verbatim(cell, 'role');
    }
    role ??= listSaysSubProcessors ? 'sub-processor' : NOT_STATED;

    // What it does: a purpose code only where the cell is one, the text kept as the description.
    const purposeText = cells('purpose')
      .map((c) => c.text)
      .join('\n');
    cells('purpose').forEach((cell) => carried(cell, 'purpose'));
    const purposeCode = purposeText ? termOf(vocabularies, 'purposes', purposeText) : undefined;
    if (purposeText && !purposeCode) unmatchedPurposes.push(name);

    // Data and data subjects: codes for the values that are terms; the cell kept where some are not.
    const termsOf = (field: 'data' | 'subjects', vocabulary: VocabularyName, what: string) => {
      const list = cells(field);
      if (list.length === 0) return NOT_STATED;
      const codes: string[] = [];
      for (const cell of list) {
        const values = splitValues(cell.text);
        const found = values.map((value) => termOf(vocabularies, vocabulary, value));
        for (const code of found) if (code && !codes.includes(code)) codes.push(code);
        if (found.every(Boolean)) carried(cell, field);
        else {
          verbatim(cell, field);
          for (const value of values.filter((_, i) => !found[i]))
            codes.push(
              fill(
                `a ${what} code for "${value}" (the codes: docs/reference.md#${vocabulary.toLowerCase()})`,
              ),
            );
        }
      }
      return codes;
    };
    const dataCategories = termsOf('data', 'dataCategories', 'data category');
    const dataSubjects = termsOf('subjects', 'dataSubjects', 'data subject');

    // Where: countries and regions; a cell read only in part is kept as written too.
    const placesFrom = (list: readonly EntryCell[], field: Field) => {
      const codes: string[] = [];
      for (const cell of list) {
        const places = placesOf(cell.text);
        for (const code of places.codes) if (!codes.includes(code)) codes.push(code);
        if (places.codes.length > 0 && places.unread.length === 0) carried(cell, field);
        else {
          verbatim(cell, field);
          if (places.codes.length === 0)
            report.push(
              `${line}: ${cell.header || field}: "${cell.text}" names no country or region${safeguardOf(cell.text).mechanisms.length > 0 ? ' but a transfer safeguard: is a column shifted?' : ''}; kept as written, and the countries are a placeholder`,
            );
        }
      }
      return codes;
    };
    const location = cells('location');
    const processingCells = cells('processing').length > 0 ? cells('processing') : location;
    const storageCells = cells('storage').length > 0 ? cells('storage') : location;
    const processingCodes = placesFrom(
      processingCells,
      processingCells === location ? 'location' : 'processing',
    );
    const storageCodes =
      storageCells === location && processingCells === location
        ? processingCodes
        : placesFrom(storageCells, 'storage');
    const where = (list: readonly EntryCell[], codes: string[], what: string) =>
      list.length === 0
        ? NOT_STATED
        : codes.length > 0
          ? codes
          : [fill(`the countries where ${name} ${what} the data`)];
    const processing = where(processingCells, processingCodes, 'processes');
    const storage = where(storageCells, storageCodes, 'stores');

    // Retention: a period the reader can read; else the cell kept and a placeholder.
    let retention: unknown = NOT_STATED;
    for (const cell of cells('retention')) {
      const read = retentionFromFreeText(cell.text);
      if (NOT_SAID.test(fold(cell.text))) {
        // The list says it does not say: not stated, in its own words.
        retention = { notStated: cell.text };
        carried(cell, 'retention');
      } else if (read) {
        retention = read;
        carried(cell, 'retention');
      } else {
        verbatim(cell, 'retention');
        retention = {
          period: fill(`a duration for "${cell.text.slice(0, 60)}" (ISO 8601, e.g. P1Y)`),
        };
      }
    }

    // Safeguards: the mechanisms a cell names, for the locations outside the publisher's territory.
    const safeguardCells = cells('safeguard');
    const read = safeguardCells.map((cell) => ({ cell, ...safeguardOf(cell.text) }));
    const mechanisms = [...new Set(read.flatMap((r) => r.mechanisms))];
    const module = read.find((r) => r.sccModule)?.sccModule;
    const outside = [...new Set([...processingCodes, ...storageCodes])].filter(
      (code) =>
        !context.regimes.every((regime) => atHome(code, regime) || approvedForEea(code, regime)),
    );
    const transfers = outside.map((country) => ({
      country,
      mechanisms:
        safeguardCells.length === 0
          ? NOT_STATED
          : mechanisms.length > 0
            ? mechanisms
            : [
                fill(
                  `the transfer mechanisms for ${country}, e.g. [scc] (the list says: ${safeguardCells.map((c) => c.text).join('; ')})`,
                ),
              ],
      ...(mechanisms.includes('scc') ? { sccModule: module ?? NOT_STATED } : {}),
      ...(mechanisms.includes('dpf')
        ? { dpfVerifiedOn: fill(`the day you checked ${name} on the Data Privacy Framework list`) }
        : {}),
      // The cell as the list words it, where it says more than the mechanisms.
      ...(read.some((r) => r.unread) ? { note: safeguardCells.map((c) => c.text).join('\n') } : {}),
    }));
    for (const r of read) {
      // "No transfer" is carried where every location given is at home; a mechanism with a
      // transfer to hold it; anything else is kept as written (and in a transfer's note).
      if (r.noTransfer && outside.length === 0 && processingCodes.length > 0)
        carried(r.cell, 'safeguard');
      else if (!r.unread && r.mechanisms.length > 0 && outside.length > 0)
        carried(r.cell, 'safeguard');
      else if (r.unread && outside.length > 0)
        fates.push({
          at: entry.at,
          header: r.cell.header,
          text: r.cell.text,
          fate: 'verbatim',
          field: 'safeguard',
        });
      else verbatim(r.cell, 'safeguard');
      if (r.noTransfer && outside.length > 0)
        report.push(
          `${line}: ${r.cell.header}: "${r.cell.text}" says there is no transfer, but the list places it in ${outside.join(', ')}: check both`,
        );
    }

    // Contracts and links.
    const dpaCell = cells('dpa')[0];
    for (const cell of cells('dpa')) carried(cell, 'dpa');
    const url = (cell: EntryCell | undefined) =>
      cell?.href ?? (cell && /^https?:\/\/\S+$/.test(cell.text) ? cell.text : undefined);
    const website = url(cells('website')[0]);
    cells('website').forEach((cell, i) =>
      i === 0 && website && (cell.text === website || cell.href === website)
        ? carried(cell, 'website')
        : verbatim(cell, 'website'),
    );
    const listUrl = url(cells('listUrl')[0]);
    cells('listUrl').forEach((cell, i) =>
      i === 0 && listUrl ? carried(cell, 'listUrl') : verbatim(cell, 'listUrl'),
    );
    const certifications: string[] = [];
    for (const cell of cells('certifications')) {
      const values = splitValues(cell.text);
      const found = values.map((value) => termOf(vocabularies, 'certifications', value));
      certifications.push(...found.filter((c): c is string => !!c && !certifications.includes(c)));
      if (found.every(Boolean)) carried(cell, 'certifications');
      else verbatim(cell, 'certifications');
    }
    for (const cell of entry.unplaced) verbatim(cell);
    for (const section of entry.sections) facts.push({ kind: 'section', text: section });
    for (const { marker, note } of entry.footnotes)
      facts.push({ kind: 'footnote', label: marker, text: note });

    const activity = {
      purpose:
        purposeCode ??
        (purposeText
          ? fill(
              `a purpose code for "${purposeText.length > 100 ? `${purposeText.slice(0, 99)}…` : purposeText}" (the codes: docs/reference.md#purposes)`,
            )
          : NOT_STATED),
      ...(purposeText ? { description: purposeText } : {}),
      dataCategories,
      dataSubjects,
      retention,
      processing,
      storage,
    };

    // One recipient per name, letter case aside: a second row is another activity of it.
    const key = fold(name);
    let processor = processors.get(key);
    if (!processor) {
      let id = slug(name);
      while ([...processors.values()].some((p) => p.id === id)) id = `${id}-2`;
      processor = {
        id,
        facts: new Set(),
        data: {
          name,
          legalEntity,
          role,
          products: [context.product],
          transfers: [],
          ...(website ? { website } : {}),
        },
        activities: [],
      };
      processors.set(key, processor);
    }
    const data = processor.data;
    processor.activities.push(activity);
    const known = data['transfers'] as Record<string, unknown>[];
    for (const transfer of transfers)
      if (!known.some((t) => t['country'] === transfer.country)) known.push(transfer);
    if (dpaCell && !data['dpa'])
      data['dpa'] = { title: dpaCell.text, ...(url(dpaCell) ? { url: url(dpaCell) } : {}) };
    if (listUrl && !data['subprocessorListUrl']) data['subprocessorListUrl'] = listUrl;
    if (certifications.length)
      data['certifications'] = [
        ...new Set([...((data['certifications'] as string[]) ?? []), ...certifications]),
      ];
    // Facts kept verbatim, each once however many rows repeat them.
    for (const fact of facts) {
      const text = JSON.stringify(fact);
      if (processor.facts.has(text)) continue;
      processor.facts.add(text);
      ((data['otherFacts'] ??= []) as unknown[]).push(fact);
    }
  }
  const distinct = [...new Set(unmatchedPurposes)];
  if (distinct.length > 0)
    report.push(
      `the purpose of ${distinct.length} recipient${distinct.length === 1 ? '' : 's'} (${distinct.slice(0, 5).join(', ')}${distinct.length > 5 ? ', …' : ''}) is no purpose code's label or listed word: the text is kept as each activity's description, and the purpose is a placeholder that lists the codes (docs/reference.md#purposes)`,
    );
  return [...processors.values()].map(({ facts: _, ...p }) => p);
}

/** The roles the importer can write, for messages. */
export const IMPORT_ROLES = ROLES;
