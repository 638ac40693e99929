/**
 * What a privacy team records about its own review of a vendor: when it last checked the entry,
 * and what its transfer impact assessment (EDPB Recommendations 01/2020) found.
 */

/** The outcomes of a transfer impact assessment, as the EDPB's six steps end. */
export const TIA_OUTCOMES = [
  /** The law and practice of the destination do not impinge on the safeguard: nothing to add. */
  'no-supplementary-measures',
  /** The safeguard holds with supplementary (technical, contractual, organisational) measures. */
  'supplementary-measures',
  /** Even with supplementary measures the protection is not essentially equivalent. */
  'not-essentially-equivalent',
] as const;

export type TiaOutcome = (typeof TIA_OUTCOMES)[number];

/** How long a review holds before the lint asks for another: a year. */
export const REVIEW_INTERVAL_DAYS = 365;
