/**
 * The law the registry checks transfers against, as dated tables (the JSON files beside this one):
 * each adequacy decision or approval per regime for the days it applies, with its instrument, scope,
 * last review and the challenges against it; each transfer mechanism with the regimes it covers and
 * its status; the EEA; the international organisations a transfer can go to. Every entry names its
 * source and the day it was checked, and the tables carry one version, `lawTableVersion`, that the
 * registry publishes with every list. A table that breaks these rules stops every build by name.
 */
import { z } from 'zod';
import chTable from './ch.json';
import euTable from './eu.json';
import mechanismTable from './mechanisms.json';
import placesTable from './places.json';
import ukTable from './uk.json';
import versionTable from './version.json';

/** The data protection regimes a transfer can fall under. */
export const REGIMES = ['eu', 'uk', 'ch'] as const;
export type Regime = (typeof REGIMES)[number];

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a day as YYYY-MM-DD');
const url = z.url({ protocol: /^https$/, error: 'an https:// address' });
/** A line in each of the site's languages. */
const lines = z.object({ en: z.string().min(1), nl: z.string().min(1) }).strict();

const source = z
  .object({
    /** The official text the entry follows. */
    url,
    /** The day somebody last checked the entry against it. */
    checkedOn: day,
    /** Copies or reports read where the official text itself could not be, as a record. */
    checkedWith: z.array(url).optional(),
  })
  .strict();

const instrument = z
  .object({
    /** How pages cite it: "(EU) 2021/1772", "SI 2022/1213", "DPO Annex 1". */
    number: z.string().min(1),
    title: z.string().min(1),
    adopted: day,
    url,
  })
  .strict();

const challenge = z
  .object({
    case: z.string().min(1),
    name: z.string().min(1),
    /** `against`: a case to annul or set the decision aside; `bearing`: a ruling elsewhere the decision relies on. */
    kind: z.enum(['against', 'bearing']),
    /** The court, in English and (with its article) in Dutch. */
    court: lines,
    lodged: day.optional(),
    status: z.enum(['pending', 'dismissed', 'upheld', 'decided']),
    decided: day.optional(),
    about: lines,
    source,
  })
  .strict();

const decision = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/),
    /** An ISO 3166-1 alpha-2 code, an international organisation's code, or `eea` for every EEA state. */
    destination: z.string().regex(/^(?:[A-Z]{2,}|eea)$/),
    instrument,
    /** The later act that extended or renewed it, for the period of this entry. */
    amendedBy: instrument.extend({ how: z.enum(['extended', 'renewed', 'amended']) }).optional(),
    from: day,
    until: day.optional(),
    /** What it covers, where that is not every recipient there. */
    scope: lines.optional(),
    /** The scheme a recipient must itself have joined for the decision to cover it (a mechanism id). */
    requires: z.string().optional(),
    lastReview: z
      .object({ on: day, document: z.string().min(1), url })
      .strict()
      .optional(),
    challenges: z.array(challenge).optional(),
    source,
  })
  .strict();

const regimeTable = z
  .object({
    regime: z.enum(REGIMES),
    title: z.string().min(1),
    about: z.string().min(1),
    decisions: z.array(decision),
  })
  .strict();

const guidance = z
  .object({
    id: z.string().min(1),
    title: lines,
    status: z.enum(['adopted', 'draft']),
    published: day,
    about: lines,
    source,
  })
  .strict();

const mechanism = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/),
    regimes: z.array(z.enum(REGIMES)).min(1),
    /** `planned`: announced, no text yet; `draft`: a text out for consultation; `adopted`: law. */
    status: z.enum(['adopted', 'draft', 'planned']),
    instrument: instrument.optional(),
    /** Its name while it has no instrument. */
    title: lines.optional(),
    from: day.optional(),
    /** What it is not designed for, where the instrument says so. */
    limits: lines.optional(),
    /** Its label from a day on, where the law renamed it. */
    labels: z.array(z.object({ from: day, en: z.string(), nl: z.string() }).strict()).optional(),
    guidance: z.array(guidance).optional(),
    source,
  })
  .strict();

const places = z
  .object({
    eea: z
      .object({ members: z.array(z.string().regex(/^[A-Z]{2}$/)), about: z.string(), source })
      .strict(),
    organisations: z.array(
      z
        .object({
          code: z.string().regex(/^[A-Z]{3,}$/, 'three or more capitals, never an ISO code'),
          name: z.object({ en: z.string(), nl: z.string(), de: z.string(), fr: z.string() }),
          /** Other names lists give it (its office's), read as it by the importer. */
          also: z.array(z.string()).optional(),
          url,
          source,
        })
        .strict(),
    ),
  })
  .strict();

const version = z.object({ lawTableVersion: day, about: z.string() }).strict();

export type LawDecision = z.infer<typeof decision> & { regime: Regime };
export type LawChallenge = z.infer<typeof challenge>;
export type LawMechanism = z.infer<typeof mechanism>;
export type LawInstrument = z.infer<typeof instrument>;
export type LawOrganisation = z.infer<typeof places>['organisations'][number];
export type LawSource = z.infer<typeof source>;

export interface LawTables {
  /** The day the tables were last checked as a whole: published with every list. */
  version: string;
  regimes: Record<Regime, { title: string; about: string }>;
  decisions: readonly LawDecision[];
  mechanisms: readonly LawMechanism[];
  eea: { members: ReadonlySet<string>; about: string; source: LawSource };
  organisations: readonly LawOrganisation[];
}

/** The files of the tables, as read: what parseLawTables checks. */
export interface LawFiles {
  'version.json': unknown;
  'places.json': unknown;
  'mechanisms.json': unknown;
  'eu.json': unknown;
  'uk.json': unknown;
  'ch.json': unknown;
}

function parse<T>(schema: z.ZodType<T>, data: unknown, file: string): T {
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => {
    const at = issue.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('');
    return `src/law/${file}: ${at.replace(/^\./, '') || '(top)'}: ${issue.message}`;
  });
  throw new Error(`The law tables are not valid:\n${problems.join('\n')}`);
}

/** Every `checkedOn` of a table, with where it is. */
function* checkedDays(value: unknown, at: string): Generator<[string, string]> {
  if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) yield* checkedDays(item, `${at}[${i}]`);
  } else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      if (key === 'checkedOn' && typeof item === 'string') yield [at, item];
      else yield* checkedDays(item, `${at}.${key}`);
    }
  }
}

/**
 * Reads and checks the tables: each entry against its schema (a source and a checked day on every
 * one), no entry checked after the version's day, periods of one destination that do not overlap,
 * and a `requires` that names a mechanism of the same regime. Throws, naming file and entry.
 */
export function parseLawTables(files: LawFiles): LawTables {
  const { lawTableVersion } = parse(version, files['version.json'], 'version.json');
  const problems: string[] = [];
  for (const [file, data] of Object.entries(files)) {
    for (const [at, checked] of checkedDays(data, file)) {
      if (checked > lawTableVersion)
        problems.push(
          `src/law/${at}: checked on ${checked}, after the tables' version ${lawTableVersion}: raise lawTableVersion in src/law/version.json.`,
        );
    }
  }
  const placeData = parse(places, files['places.json'], 'places.json');
  const mechanisms = parse(
    z.object({ title: z.string(), about: z.string(), mechanisms: z.array(mechanism) }).strict(),
    files['mechanisms.json'],
    'mechanisms.json',
  ).mechanisms;
  const regimes = {} as LawTables['regimes'];
  const decisions: LawDecision[] = [];
  for (const file of ['eu.json', 'uk.json', 'ch.json'] as const) {
    const table = parse(regimeTable, files[file], file);
    regimes[table.regime] = { title: table.title, about: table.about };
    for (const entry of table.decisions) decisions.push({ ...entry, regime: table.regime });
  }
  const organisations = new Set(placeData.organisations.map(({ code }) => code));
  decisions.forEach((entry, i) => {
    const where = `src/law/${entry.regime}.json: decisions, ${entry.id}`;
    if (entry.until !== undefined && entry.until < entry.from)
      problems.push(`${where}: until ${entry.until} is before from ${entry.from}.`);
    if (
      entry.destination.length > 2 &&
      entry.destination !== 'eea' &&
      !organisations.has(entry.destination)
    )
      problems.push(
        `${where}: ${entry.destination} is no international organisation of places.json.`,
      );
    const scheme = entry.requires && mechanisms.find((m) => m.id === entry.requires);
    if (entry.requires && (!scheme || !scheme.regimes.includes(entry.regime)))
      problems.push(
        `${where}: requires ${entry.requires}, which is no ${entry.regime} mechanism of mechanisms.json.`,
      );
    for (const other of decisions.slice(0, i)) {
      if (other.regime !== entry.regime || other.destination !== entry.destination) continue;
      const apart =
        (other.until !== undefined && other.until < entry.from) ||
        (entry.until !== undefined && entry.until < other.from);
      if (!apart) problems.push(`${where}: its period overlaps ${other.id}'s.`);
      if (other.id === entry.id) problems.push(`${where}: a second entry with this id.`);
    }
  });
  if (problems.length > 0) throw new Error(`The law tables are not valid:\n${problems.join('\n')}`);
  return {
    version: lawTableVersion,
    regimes,
    decisions,
    mechanisms,
    eea: { ...placeData.eea, members: new Set(placeData.eea.members) },
    organisations: placeData.organisations,
  };
}

/** The tables this copy of the registry ships with. */
export const LAW: LawTables = parseLawTables({
  'version.json': versionTable,
  'places.json': placesTable,
  'mechanisms.json': mechanismTable,
  'eu.json': euTable,
  'uk.json': ukTable,
  'ch.json': chTable,
});

/** The version of the law tables: the day they were last checked as a whole. */
export const lawTableVersion: string = LAW.version;

/** The EU's 27 member states, Iceland, Liechtenstein and Norway. */
export const EEA: ReadonlySet<string> = LAW.eea.members;

const inForce = (entry: LawDecision, date: string): boolean =>
  entry.from <= date && (entry.until === undefined || date <= entry.until);

/**
 * The decision or approval of a regime's law for a destination in force on a date (YYYY-MM-DD), if
 * any. An EEA state, and the EEA or the EU as a whole, match a table's `eea` entry.
 */
export function decisionOn(
  regime: Regime,
  destination: string,
  date: string,
): LawDecision | undefined {
  const eea = EEA.has(destination) || destination === 'eea' || destination === 'eu';
  return LAW.decisions.find(
    (entry) =>
      entry.regime === regime &&
      (entry.destination === destination || (eea && entry.destination === 'eea')) &&
      inForce(entry, date),
  );
}

/** Every decision of a regime in force on a date. */
export const decisionsOn = (regime: Regime, date: string): LawDecision[] =>
  LAW.decisions.filter((entry) => entry.regime === regime && inForce(entry, date));

/** The cases against a decision that are before a court on a date. */
export const pendingChallenges = (entry: LawDecision, date: string): LawChallenge[] =>
  (entry.challenges ?? []).filter(
    (c) =>
      c.kind === 'against' &&
      (c.lodged === undefined || c.lodged <= date) &&
      (c.status === 'pending' || (c.decided !== undefined && c.decided > date)),
  );

/** A mechanism of the tables, by id. */
export const lawMechanism = (id: string): LawMechanism | undefined =>
  LAW.mechanisms.find((m) => m.id === id);

/** A mechanism's label on a date, where the law renamed it; else undefined (the vocabulary's). */
export function mechanismLabelOn(id: string, date: string): { en: string; nl: string } | undefined {
  const labels = (lawMechanism(id)?.labels ?? []).filter((label) => label.from <= date);
  const label = labels.sort((a, b) => a.from.localeCompare(b.from)).at(-1);
  return label && { en: label.en, nl: label.nl };
}

/** The regimes whose data each adopted mechanism of the tables covers. */
export const MECHANISM_REGIMES: Readonly<Record<string, readonly Regime[]>> = Object.fromEntries(
  LAW.mechanisms.filter((m) => m.status === 'adopted').map((m) => [m.id, m.regimes]),
);

/** An international organisation of the tables, by its code (`EPO`). */
export const lawOrganisation = (code: string): LawOrganisation | undefined =>
  LAW.organisations.find((o) => o.code === code);
