/**
 * Built-in vocabularies: the codes authors write in content files, each with an English and a
 * Dutch label and, where one exists, its W3C Data Privacy Vocabulary (DPV) IRI.
 */
import type { Locale } from '../i18n';
import { mechanismLabelOn } from '../law';
import type { Regime } from './regimes';

const DPV = 'https://w3id.org/dpv#';
const PD = 'https://w3id.org/dpv/pd#';
const GDPR = 'https://w3id.org/dpv/legal/eu/gdpr#';

export interface Term {
  /** The code an author writes, lower-case kebab. */
  code: string;
  /** Display label per locale; English always, other languages where given. */
  label: { en: string } & Partial<Record<Locale, string>>;
  /** W3C DPV IRI, where one exists. */
  iri?: string | undefined;
  /** Data category that is special (GDPR Art. 9) or criminal (Art. 10) data. */
  special?: boolean | undefined;
  /** A transfer mechanism an author adds: the regimes whose data it covers. */
  regimes?: readonly Regime[] | undefined;
  /**
   * Other words published lists use for exactly this term, in any language: an imported cell
   * that is one of them (or a label) is this code; any other text is kept as written.
   */
  also?: readonly string[] | undefined;
}

export const VOCABULARY_NAMES = [
  'dataCategories',
  'dataSubjects',
  'purposes',
  'transferMechanisms',
  'certifications',
] as const;
export type VocabularyName = (typeof VOCABULARY_NAMES)[number];

const t = (code: string, en: string, nl: string, iri?: string, special?: boolean): Term => ({
  code,
  label: { en, nl },
  iri,
  special,
});

export const BUILT_IN: Record<VocabularyName, readonly Term[]> = {
  dataCategories: [
    t('name', 'Name', 'Naam', `${PD}Name`),
    t('email-address', 'E-mail address', 'E-mailadres', `${PD}EmailAddress`),
    t('phone-number', 'Phone number', 'Telefoonnummer', `${PD}TelephoneNumber`),
    t('postal-address', 'Postal address', 'Postadres', `${PD}PhysicalAddress`),
    t('ip-address', 'IP address', 'IP-adres', `${PD}IPAddress`),
    t(
      'device-and-browser',
      'Browser and device type',
      'Browser- en apparaattype',
      `${PD}UserAgent`,
    ),
    t(
      'usage-data',
      'Usage and browsing behaviour',
      'Gebruiks- en surfgedrag',
      `${PD}BrowsingBehaviour`,
    ),
    t('account-data', 'Account and profile data', 'Account- en profielgegevens'),
    t('credentials', 'Login credentials', 'Inloggegevens', `${PD}Authenticating`),
    t(
      'billing-data',
      'Billing and payment data',
      'Facturatie- en betaalgegevens',
      `${PD}Financial`,
    ),
    t('communication-content', 'Content of messages', 'Inhoud van berichten', `${PD}Communication`),
    t('uploaded-files', 'Uploaded files', 'Geüploade bestanden'),
    t(
      'customer-content',
      'All customer data in the application',
      'Alle klantgegevens in de applicatie',
    ),
    t('form-submissions', 'Form submissions', 'Formulierinvullingen'),
    t('health-data', 'Health data', 'Gezondheidsgegevens', `${PD}Health`, true),
    t('biometric-data', 'Biometric data', 'Biometrische gegevens', `${PD}Biometric`, true),
    t(
      'criminal-data',
      'Criminal convictions and offences',
      'Strafrechtelijke gegevens',
      `${PD}Criminal`,
      true,
    ),
  ],
  dataSubjects: [
    t('customers', 'Customers', 'Klanten', `${DPV}Customer`),
    t('users', 'Users of the application', 'Gebruikers van de applicatie', `${DPV}User`),
    t('website-visitors', 'Website visitors', 'Websitebezoekers', `${DPV}Visitor`),
    t('prospects', 'Prospective customers', 'Potentiële klanten'),
    t('contacts', 'Contact persons', 'Contactpersonen', `${DPV}Client`),
    t(
      'newsletter-subscribers',
      'Newsletter subscribers',
      'Nieuwsbriefabonnees',
      `${DPV}Subscriber`,
    ),
    t('employees', 'Employees', 'Medewerkers', `${DPV}Employee`),
  ],
  purposes: [
    t(
      'hosting',
      'Hosting and infrastructure',
      'Hosting en infrastructuur',
      `${DPV}TechnicalServiceProvision`,
    ),
    t('backup', 'Backups and recovery', 'Back-ups en herstel', `${DPV}IncreaseServiceRobustness`),
    t('caching', 'Caching for performance', 'Caching voor snelheid', `${DPV}ServiceOptimisation`),
    t(
      'autoscaling',
      'Performance monitoring and scaling',
      'Prestatiemeting en schaling',
      `${DPV}InternalResourceOptimisation`,
    ),
    t(
      'security',
      'Security and DDoS protection',
      'Beveiliging en DDoS-bescherming',
      `${DPV}EnforceSecurity`,
    ),
    t('error-monitoring', 'Error monitoring', 'Foutmonitoring', `${DPV}ServiceMonitoring`),
    t(
      'authentication',
      'Two-factor authentication',
      'Tweestapsverificatie',
      `${DPV}IdentityAuthentication`,
    ),
    t(
      'transactional-email',
      'Transactional e-mail',
      'Transactionele e-mail',
      `${DPV}CommunicationManagement`,
    ),
    t('customer-support', 'Customer support', 'Klantenondersteuning', `${DPV}CustomerCare`),
    t('website-analytics', 'Website analytics', 'Websiteanalyse', `${DPV}ServiceUsageAnalytics`),
    t(
      'content-delivery',
      'Embedded content (maps, video)',
      'Ingesloten inhoud (kaarten, video)',
      `${DPV}ServiceProvision`,
    ),
    t(
      'contact-requests',
      'Answering contact requests',
      'Beantwoorden van contactverzoeken',
      `${DPV}CommunicationForCustomerCare`,
    ),
    t('newsletter', 'Newsletters', 'Nieuwsbrieven', `${DPV}DirectMarketing`),
    t(
      'crm',
      'Customer relationship management',
      'Relatiebeheer',
      `${DPV}CustomerRelationshipManagement`,
    ),
    // DPV has no purpose for communication within an organisation; CommunicationManagement is
    // transactional-email's.
    t('internal-communication', 'Internal communication', 'Interne communicatie'),
    t(
      'project-administration',
      'Project administration',
      'Projectadministratie',
      `${DPV}RecordManagement`,
    ),
    t('invoicing', 'Invoicing and payments', 'Facturatie en betalingen'),
    t('accounting', 'Financial accounting', 'Financiële administratie', `${DPV}LegalCompliance`),
  ],
  transferMechanisms: [
    t(
      'adequacy',
      'Adequacy decision (Art. 45 GDPR)',
      'Adequaatheidsbesluit (art. 45 AVG)',
      `${GDPR}A45-3`,
    ),
    // The DPF is one adequacy decision (EU 2023/1795): DPV's AdequacyDecision, narrower than A45-3.
    t(
      'dpf',
      'EU-US Data Privacy Framework',
      'EU-VS Data Privacy Framework',
      `${GDPR}AdequacyDecision`,
    ),
    t(
      'scc',
      'Standard contractual clauses (2021/914)',
      'Modelcontractbepalingen (2021/914)',
      `${GDPR}A46-2-c`,
    ),
    t('bcr', 'Binding corporate rules', 'Bindende bedrijfsvoorschriften', `${GDPR}A46-2-b`),
    t('code-of-conduct', 'Approved code of conduct', 'Goedgekeurde gedragscode', `${GDPR}A46-2-e`),
    t(
      'certification',
      'Approved certification mechanism',
      'Goedgekeurd certificeringsmechanisme',
      `${GDPR}A46-2-f`,
    ),
    t('ad-hoc-clauses', 'Ad hoc contractual clauses', 'Ad-hoccontractbepalingen', `${GDPR}A46-3-a`),
    // DPV has a term per Art. 49 ground (A49-1-a to A49-1-g, A49-2) and none for Art. 49 as such.
    t('derogation', 'Derogation (Art. 49 GDPR)', 'Uitzondering (art. 49 AVG)'),
    t(
      'uk-idta',
      'UK International Data Transfer Agreement',
      'VK International Data Transfer Agreement',
    ),
    t('uk-addendum', 'UK Addendum to the SCCs', 'VK-addendum bij de modelcontractbepalingen'),
    t(
      'uk-adequacy',
      'UK adequacy regulations (UK GDPR Art. 45)',
      'Adequaatheidsregeling van het VK (art. 45 UK GDPR)',
    ),
    t('uk-dpf-extension', 'UK Extension to the DPF', 'VK-uitbreiding van het DPF'),
    t('swiss-dpf', 'Swiss-US Data Privacy Framework', 'Zwitserland-VS Data Privacy Framework'),
    t(
      'swiss-adequacy',
      'Swiss adequacy (FADP Art. 16(1))',
      'Zwitserse adequaatheid (art. 16, lid 1, FADP)',
    ),
    t(
      'swiss-scc',
      'SCCs recognised by the Swiss FDPIC',
      'Door de Zwitserse FDPIC erkende modelclausules',
    ),
  ],
  certifications: [
    t('iso-27001', 'ISO/IEC 27001', 'ISO/IEC 27001'),
    t('iso-27017', 'ISO/IEC 27017', 'ISO/IEC 27017'),
    t('iso-27018', 'ISO/IEC 27018', 'ISO/IEC 27018'),
    t('iso-27701', 'ISO/IEC 27701', 'ISO/IEC 27701'),
    t('soc-2', 'SOC 2 Type II', 'SOC 2 Type II'),
    t('soc-1', 'SOC 1 Type II', 'SOC 1 Type II'),
    t('pci-dss', 'PCI DSS', 'PCI DSS'),
    t('csa-star', 'CSA STAR', 'CSA STAR'),
    t('bsi-c5', 'BSI C5', 'BSI C5'),
    t('nen-7510', 'NEN 7510', 'NEN 7510'),
    t(
      'dpf',
      'Certified under the EU-US Data Privacy Framework',
      'Gecertificeerd onder het EU-VS Data Privacy Framework',
    ),
  ],
};

/**
 * The words lists use for built-in terms besides their labels, in English, Dutch, German and
 * French: only words that mean the term itself, never a neighbour ("Authentication" is not
 * "Two-factor authentication"), so an import maps a cell to a code only when it says that code.
 */
const ALSO: Partial<Record<VocabularyName, Readonly<Record<string, readonly string[]>>>> = {
  dataCategories: {
    name: ['names', 'full name', 'naam', 'namen', 'vor- und nachname', 'nom', 'nom et prénom'],
    'email-address': [
      'email',
      'e-mail',
      'email address',
      'email addresses',
      'e-mail addresses',
      'e-mailadressen',
      'e-mail-adresse',
      'e-mail-adressen',
      'adresse e-mail',
      'adresse électronique',
      'adresse mail',
      'courriel',
    ],
    'phone-number': [
      'phone',
      'phone numbers',
      'telephone',
      'telephone number',
      'telefoon',
      'telefonnummer',
      'téléphone',
      'numéro de téléphone',
    ],
    'postal-address': ['postal addresses', 'postadresse', 'adresse postale', 'contact address'],
    'ip-address': ['ip', 'ip addresses', 'ip-adressen', 'adresse ip', 'adresses ip'],
    'usage-data': ['usage data', 'gebruiksgegevens', 'nutzungsdaten', "données d'utilisation"],
    'billing-data': [
      'billing data',
      'billing information',
      'payment data',
      'payment information',
      'betaalgegevens',
      'factuurgegevens',
      'zahlungsdaten',
      'rechnungsdaten',
      'données de facturation',
      'données de paiement',
    ],
    'communication-content': ['message content', 'inhalt von nachrichten', 'contenu des messages'],
    'uploaded-files': ['uploaded documents', 'hochgeladene dateien', 'fichiers téléversés'],
    'health-data': ['health information', 'gesundheitsdaten', 'données de santé'],
  },
  dataSubjects: {
    customers: ['customer', 'kunden', 'clients', 'klant'],
    users: ['users', 'end users', "customer's end users", 'gebruikers', 'nutzer', 'utilisateurs'],
    'website-visitors': ['visitors', 'website visitors', 'bezoekers', 'besucher', 'visiteurs'],
    employees: ['staff', 'werknemers', 'mitarbeiter', 'beschäftigte', 'salariés', 'employés'],
    prospects: ['leads', 'prospects', 'interessenten', 'prospects commerciaux'],
  },
  purposes: {
    hosting: [
      'hosting',
      'cloud hosting',
      'infrastructure',
      'cloud infrastructure',
      'hosting provider',
      'infrastructure provider',
      'web hosting',
      'hébergement',
      'infrastructuur',
    ],
    backup: ['backup', 'backups', 'data backup', 'sicherung', 'datensicherung', 'sauvegarde'],
    'error-monitoring': ['error tracking', 'error reporting', 'crash reporting'],
    'transactional-email': ['transactional emails', 'e-mail delivery', 'email delivery'],
    'customer-support': [
      'support',
      'customer service',
      'support tickets',
      'helpdesk',
      'kundensupport',
      'kundenservice',
      'support client',
      'klantenservice',
    ],
    'website-analytics': ['analytics', 'web analytics', 'webanalyse', "mesure d'audience"],
    newsletter: ['newsletter', 'nieuwsbrief', "lettre d'information"],
    crm: ['crm'],
    'internal-communication': [
      'team communication',
      'team communications',
      'interne kommunikation',
    ],
    invoicing: [
      'invoicing',
      'billing',
      'payments',
      'payment processing',
      'facturatie',
      'abrechnung',
      'facturation',
    ],
    accounting: ['accounting', 'bookkeeping', 'boekhouding', 'buchhaltung', 'comptabilité'],
  },
  certifications: {
    'iso-27001': ['iso 27001', 'iso27001', 'iso/iec 27001:2013', 'iso/iec 27001:2022'],
    'soc-2': ['soc 2', 'soc2', 'soc 2 type 2', 'soc ii'],
    'pci-dss': ['pci', 'pci-dss'],
  },
};

for (const [vocabulary, words] of Object.entries(ALSO) as [
  VocabularyName,
  Record<string, readonly string[]>,
][])
  BUILT_IN[vocabulary] = BUILT_IN[vocabulary].map((term) =>
    words[term.code] ? { ...term, also: words[term.code] } : term,
  );

export type Vocabularies = Record<VocabularyName, ReadonlyMap<string, Term>>;

/** Merges the built-in terms with the author's own; an author's term overrides a built-in one. */
export function buildVocabularies(
  extra: Partial<Record<VocabularyName, readonly Term[]>> = {},
  on?: string,
): Vocabularies {
  const merged = {} as Record<VocabularyName, Map<string, Term>>;
  for (const name of VOCABULARY_NAMES) {
    merged[name] = new Map(
      [...BUILT_IN[name].map((term) => onDay(name, term, on)), ...(extra[name] ?? [])].map(
        (term) => [term.code, term],
      ),
    );
  }
  return merged;
}

/** A built-in mechanism as the law names it on a day (the UK's terms changed on 5 February 2026). */
function onDay(vocabulary: VocabularyName, term: Term, on: string | undefined): Term {
  if (vocabulary !== 'transferMechanisms' || on === undefined) return term;
  const label = mechanismLabelOn(term.code, on);
  return label ? { ...term, label } : term;
}

/** The vocabularies with the terms of the author's vocabulary files added. */
export function vocabulariesFrom(
  files: readonly { vocabulary: VocabularyName; terms: readonly Term[] }[],
  on?: string,
): Vocabularies {
  const extra: Partial<Record<VocabularyName, Term[]>> = {};
  for (const { vocabulary, terms } of files)
    extra[vocabulary] = [...(extra[vocabulary] ?? []), ...terms];
  return buildVocabularies(extra, on);
}

/** A term's label in `locale`, in English where the vocabulary has none in that language. */
export function labelIn(term: Term, locale: Locale): string {
  return term.label[locale] ?? term.label.en;
}

/**
 * The abbreviations readers search the transfer mechanisms by ("DPF", "BCR", "IDTA"), the same in
 * every language. They are indexed for search only: the pages write the names out.
 */
export const MECHANISM_ABBREVIATIONS: Readonly<Record<string, readonly string[]>> = {
  dpf: ['DPF'],
  scc: ['SCC', 'SCCs'],
  bcr: ['BCR', 'BCRs'],
  'uk-idta': ['IDTA'],
  'uk-addendum': ['IDTA', 'Addendum'],
  'uk-dpf-extension': ['DPF', 'UK Extension'],
  'swiss-dpf': ['DPF', 'Swiss-US DPF'],
  'swiss-scc': ['SCC', 'FDPIC'],
};
