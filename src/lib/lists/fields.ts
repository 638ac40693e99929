/**
 * What a list's columns mean, by their headers, in English, Dutch, German and French. A header
 * is compared after folding case, accents, punctuation, small words and word order ("Name of
 * Sub-processor", "Sub-processor name" and "SUBPROCESSOR - NAME" are one header); the most
 * specific synonym wins ("Location of processing" is where data is processed, "Corporate
 * location" where the entity is established, a bare "Location" both where it is processed and
 * stored). A header no synonym fits is no field: its cells are kept verbatim.
 */

/** The facts a list's columns may give. */
export const FIELDS = [
  'name',
  'entity',
  'entityCountry',
  'address',
  'purpose',
  'data',
  'subjects',
  'location',
  'processing',
  'storage',
  'safeguard',
  'retention',
  'role',
  'dpa',
  'website',
  'listUrl',
  'certifications',
] as const;
export type Field = (typeof FIELDS)[number];

/** Words for each field's column, as lists publish them; every language in one list. */
const SYNONYMS: Record<Field, readonly string[]> = {
  name: [
    'name',
    'vendor',
    'vendor name',
    'provider',
    'service provider',
    'supplier',
    'subprocessor',
    'subprocessor name',
    'name of subprocessor',
    'third party',
    'third party entity',
    'third party service',
    'recipient',
    'processor',
    'partner',
    'tool',
    'platform',
    'naam',
    'leverancier',
    'verwerker',
    'subverwerker',
    'ontvanger',
    'aanbieder',
    'partij',
    'anbieter',
    'dienstleister',
    'unterauftragsverarbeiter',
    'unterauftragnehmer',
    'unterauftragsverhaltnisse',
    'subunternehmer',
    'auftragsverarbeiter',
    'empfanger',
    'unternehmen',
    'nom',
    'soustraitant',
    'soustraitant ulterieur',
    'prestataire',
    'fournisseur',
    'partenaire',
    'destinataire',
  ],
  entity: [
    'entity',
    'legal entity',
    'entity name',
    'legal name',
    'company',
    'company name',
    'contracting entity',
    'registered name',
    'rechtspersoon',
    'entiteit',
    'juridische entiteit',
    'bedrijfsnaam',
    'rechtstrager',
    'juristische person',
    'firma',
    'firmenname',
    'gesellschaft',
    'entite',
    'entite juridique',
    'raison sociale',
    'denomination',
    'societe',
  ],
  entityCountry: [
    'entity country',
    'country of entity',
    'corporate location',
    'company location',
    'entity location',
    'country of incorporation',
    'incorporation',
    'headquarters',
    'hq',
    'registered office',
    'country of establishment',
    'established in',
    'seat',
    'domicile',
    'vestigingsland',
    'land van vestiging',
    'statutaire zetel',
    'zetel',
    'hoofdkantoor',
    'sitz',
    'unternehmenssitz',
    'unternehmnenssitz',
    'firmensitz',
    'hauptsitz',
    'sitzland',
    'siege',
    'siege social',
    'pays d etablissement',
    'pays du siege',
  ],
  address: [
    'address',
    'postal address',
    'registered address',
    'contact',
    'contact details',
    'adres',
    'anschrift',
    'adresse',
    'coordonnees',
  ],
  purpose: [
    'purpose',
    'purpose of processing',
    'processing purpose',
    'description',
    'description of processing',
    'service provided',
    'services provided',
    'services',
    'function',
    'use',
    'usage',
    'activity',
    'processing activity',
    'nature of processing',
    'nature and purpose',
    'reason',
    'type of service',
    'service type',
    'what they do',
    'doel',
    'doeleinden',
    'doel van de verwerking',
    'diensten',
    'verwerking',
    'activiteit',
    'omschrijving',
    'beschrijving',
    'functie',
    'taak',
    'zweck',
    'verarbeitungszweck',
    'leistung',
    'tatigkeit',
    'aufgabe',
    'beschreibung',
    'funktion',
    'art der verarbeitung',
    'gegenstand',
    'dienstleistung',
    'rolle der dienstleistung',
    'finalite',
    'objet',
    'traitement realise',
    'traitement',
    'activite',
    'prestation',
    'nature du traitement',
  ],
  data: [
    'data',
    'personal data',
    'data categories',
    'categories of data',
    'categories of personal data',
    'personal data categories',
    'types of data',
    'data types',
    'types of personal data',
    'data processed',
    'personal data processed',
    'shared personal data',
    'data shared',
    'gegevens',
    'persoonsgegevens',
    'categorieen persoonsgegevens',
    'soort gegevens',
    'gedeelde persoonsgegevens',
    'daten',
    'datenkategorien',
    'kategorien personenbezogener daten',
    'personenbezogene daten',
    'datenarten',
    'art der daten',
    'donnees',
    'donnees personnelles',
    'categories de donnees',
    'types de donnees',
    'donnees traitees',
    'donnees concernees',
  ],
  subjects: [
    'data subjects',
    'subjects',
    'categories of data subjects',
    'data subject categories',
    'affected persons',
    'betrokkenen',
    'categorieen betrokkenen',
    'betroffene',
    'betroffene personen',
    'kategorien betroffener personen',
    'personnes concernees',
    'categories de personnes concernees',
  ],
  location: [
    'location',
    'country',
    'region',
    'data location',
    'geographic location',
    'location of subprocessor',
    'jurisdiction',
    'where',
    'locatie',
    'land',
    'regio',
    'standort',
    'ort',
    'lander',
    'localisation',
    'pays',
    'lieu',
    'pays destinataire',
  ],
  processing: [
    'location of processing',
    'processing location',
    'processing country',
    'country of processing',
    'place of processing',
    'data processing location',
    'processing region',
    'verwerkingslocatie',
    'locatie van verwerking',
    'land van verwerking',
    'ort der verarbeitung',
    'verarbeitungsort',
    'verarbeitungsstandort',
    'verarbeitungsland',
    'lieu de traitement',
    'lieu du traitement',
    'pays de traitement',
    'localisation du traitement',
  ],
  storage: [
    'storage location',
    'data storage',
    'data storage location',
    'hosting location',
    'hosting country',
    'hosting region',
    'data center location',
    'data centre location',
    'data center',
    'data centre',
    'server location',
    'data residency',
    'storage country',
    'hosted in',
    'opslaglocatie',
    'locatie van opslag',
    'hostinglocatie',
    'land van opslag',
    'serverlocatie',
    'speicherort',
    'serverstandort',
    'hosting standort',
    'rechenzentrum',
    'speicherland',
    'lieu de stockage',
    'pays d hebergement',
    'hebergement',
    'lieu d hebergement',
    'localisation des donnees',
  ],
  safeguard: [
    'safeguard',
    'safeguards',
    'transfer mechanism',
    'transfer safeguard',
    'transfer basis',
    'legal basis for transfer',
    'transfer legal basis',
    'appropriate safeguards',
    'guarantees',
    'third country transfer',
    'international transfer',
    'transfer',
    'waarborg',
    'waarborgen',
    'passende waarborgen',
    'doorgiftemechanisme',
    'doorgifte',
    'grondslag doorgifte',
    'schutz drittstaatentransfer',
    'garantien',
    'geeignete garantien',
    'drittlandtransfer',
    'drittlandubermittlung',
    'ubermittlungsgrundlage',
    'rechtsgrundlage der ubermittlung',
    'transfermechanismus',
    'garanties',
    'garantie',
    'garanties appropriees',
    'encadrement des transferts',
    'mecanisme de transfert',
  ],
  retention: [
    'retention',
    'retention period',
    'data retention',
    'storage period',
    'storage duration',
    'how long',
    'bewaartermijn',
    'bewaren',
    'bewaarduur',
    'speicherdauer',
    'aufbewahrungsdauer',
    'loschfrist',
    'duree de conservation',
    'conservation',
  ],
  role: [
    'role',
    'processor role',
    'relationship',
    'rol',
    'hoedanigheid',
    'rolle',
    'role du prestataire',
    'qualite',
  ],
  dpa: [
    'dpa',
    'data processing agreement',
    'data processing addendum',
    'dpa link',
    'verwerkersovereenkomst',
    'avv',
    'auftragsverarbeitungsvertrag',
    'contrat de soustraitance',
  ],
  website: ['website', 'url', 'link', 'web', 'homepage', 'site', 'site web', 'webseite', 'lien'],
  listUrl: [
    'subprocessor list',
    'subprocessors of the vendor',
    'vendor subprocessor',
    'their subprocessor',
    'sub subprocessor',
    'subprocessor list of the vendor',
    'weitere unterauftragsverarbeiter',
    'soustraitant ulterieur du prestataire',
  ],
  certifications: [
    'certification',
    'certifications',
    'certificate',
    'certificeringen',
    'zertifizierungen',
    'zertifikate',
  ],
};

/** Small words a header may hold that say nothing of its meaning. */
const SMALL = new Set(
  'of the for a an and or in on to by at its their our with de du des la le les l d et ou pour par en sur der die das den dem des von und oder fur im in zu het een van en voor of op'.split(
    ' ',
  ),
);

/** A word without a plural ending, so "Countries" and "country", "purposes" and "purpose" meet. */
const stem = (word: string): string =>
  word.length > 4 && word.endsWith('ies')
    ? `${word.slice(0, -3)}y`
    : word.length > 3 && word.endsWith('s') && !word.endsWith('ss')
      ? word.slice(0, -1)
      : word;

/** Words written as one or as two: "sub-processor", "sub processor" and "subprocessor" meet. */
const PREFIXES = new Set(['sub', 'sous', 'e', 'data']);
const JOINED = new Set(['subprocessor', 'subprocessors', 'soustraitant', 'soustraitants', 'email']);

/**
 * A header's words, folded: lower case, accents and punctuation gone, prefixes joined to their
 * word ("Sub-processor" is "subprocessor", "sous-traitant" "soustraitant"), small words
 * dropped, plural endings taken off; in no particular order.
 */
export function headerWords(header: string): string[] {
  const words = header
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[*†‡¹²³⁴]+/g, ' ')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .split(' ')
    .filter(Boolean);
  const joined: string[] = [];
  for (const word of words) {
    const previous = joined.at(-1);
    if (previous && PREFIXES.has(previous) && JOINED.has(previous + word))
      joined[joined.length - 1] = previous + word;
    else joined.push(word);
  }
  return joined.filter((word) => !SMALL.has(word)).map(stem);
}

const FOLDED: readonly { field: Field; words: readonly string[] }[] = FIELDS.flatMap((field) =>
  SYNONYMS[field].map((synonym) => ({ field, words: [...new Set(headerWords(synonym))] })),
);

export interface FieldMatch {
  field: Field;
  /** How many of the header's words the synonym accounts for: the more, the surer. */
  words: number;
  /** The synonym is the whole header, word for word. */
  exact: boolean;
}

/**
 * The field a header names, if one does: every word of some synonym is in the header, the
 * synonym with most words winning, a whole-header match before a partial one, and a partial one
 * only where the synonym is at least half the header. `service` is settled by the caller: a
 * name where no other column is one, else a purpose.
 */
export function fieldOf(header: string): FieldMatch | undefined {
  const words = new Set(headerWords(header));
  if (words.size === 0) return undefined;
  let best: FieldMatch | undefined;
  for (const { field, words: synonym } of FOLDED) {
    if (synonym.length === 0 || !synonym.every((w) => words.has(w))) continue;
    // A synonym that accounts for less than half the header's words is a word in passing ("May
    // process submission data (form results)" is no data column).
    if (synonym.length * 2 < words.size) continue;
    const match = { field, words: synonym.length, exact: synonym.length === words.size };
    if (
      !best ||
      match.words > best.words ||
      (match.words === best.words && match.exact && !best.exact)
    )
      best = match;
  }
  return best;
}

/** Whether a header is the one word "service" (or its translation): a name or a purpose by context. */
export const isServiceHeader = (header: string): boolean =>
  ['service', 'dienst', 'dienste'].includes(headerWords(header).join(' '));

/** Parses `--map "Header=field"` options into folded headers and fields; a wrong field is named. */
export function parseMappings(mappings: readonly string[]): Map<string, Field | 'none'> {
  const result = new Map<string, Field | 'none'>();
  for (const mapping of mappings) {
    const at = mapping.lastIndexOf('=');
    const header = mapping.slice(0, at).trim();
    const field = mapping.slice(at + 1).trim();
    if (at <= 0 || !header)
      throw new Error(`--map "${mapping}": write --map "Header=field", e.g. --map "Vendor=name"`);
    if (field !== 'none' && !(FIELDS as readonly string[]).includes(field))
      throw new Error(
        `--map "${mapping}": "${field}" is not a field. Write one of: ${FIELDS.join(', ')}, or none to keep the column verbatim`,
      );
    result.set(headerWords(header).join(' '), field as Field | 'none');
  }
  return result;
}
