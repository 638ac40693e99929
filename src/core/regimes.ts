/**
 * The data protection regimes a transfer can fall under, and which transfer mechanisms cover
 * each. The publisher names its regimes in organization.yaml (EU by default); every transfer
 * needs a mechanism for each of them.
 */
import { MECHANISM_REGIMES, REGIMES, type Regime } from '../law';

export { MECHANISM_REGIMES, REGIMES, type Regime };

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

/** The regimes a mechanism covers; one the project does not know is taken to cover all. */
export const regimesOf = (mechanism: string): readonly Regime[] =>
  MECHANISM_REGIMES[mechanism] ?? REGIMES;
