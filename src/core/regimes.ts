/**
 * The data protection regimes a transfer can fall under, and which transfer mechanisms cover
 * each. The publisher names its regimes in organization.yaml (EU by default); every transfer
 * needs a mechanism for each of them.
 */
export const REGIMES = ['eu', 'uk', 'ch'] as const;
export type Regime = (typeof REGIMES)[number];

/** The law of each regime, as messages and pages name it. */
export const REGIME_LAW: Record<Regime, string> = {
  eu: 'EU GDPR',
  uk: 'UK GDPR',
  ch: 'Swiss FADP',
};

/** The country whose data each regime protects at home, where it is one country. */
export const REGIME_HOME: Record<Regime, string | undefined> = {
  eu: undefined,
  uk: 'GB',
  ch: 'CH',
};

/**
 * The regimes each built-in mechanism covers. An instrument every regime has its own version of
 * (binding corporate rules, codes of conduct, derogations) covers them all; a mechanism an author
 * adds in a vocabulary file names its regimes there, or is taken to cover all.
 */
export const MECHANISM_REGIMES: Readonly<Record<string, readonly Regime[]>> = {
  adequacy: ['eu'],
  dpf: ['eu'],
  scc: ['eu'],
  'uk-adequacy': ['uk'],
  'uk-idta': ['uk'],
  'uk-addendum': ['uk'],
  'uk-dpf-extension': ['uk'],
  'swiss-adequacy': ['ch'],
  'swiss-dpf': ['ch'],
  'swiss-scc': ['ch'],
  bcr: ['eu', 'uk', 'ch'],
  'code-of-conduct': ['eu', 'uk', 'ch'],
  certification: ['eu', 'uk', 'ch'],
  'ad-hoc-clauses': ['eu', 'uk', 'ch'],
  derogation: ['eu', 'uk', 'ch'],
};

/** The regimes a mechanism covers; one the project does not know is taken to cover all. */
export const regimesOf = (mechanism: string): readonly Regime[] =>
  MECHANISM_REGIMES[mechanism] ?? REGIMES;
