/**
 * Who a recipient is to us, and where we are the controller, on which lawful basis. Each role
 * has its own rules (a DPA, an arrangement, an SCC module, a notice period) and a W3C DPV term.
 */
const DPV = 'https://w3id.org/dpv#';
const GDPR = 'https://w3id.org/dpv/legal/eu/gdpr#';

export const ROLES = [
  'sub-processor',
  'processor',
  'independent-controller',
  'joint-controller',
  'recipient-category',
  'not-stated',
] as const;
export type Role = (typeof ROLES)[number];

/** The DPV class of each role. */
export const ROLE_IRI: Record<Role, string> = {
  'sub-processor': `${DPV}DataSubProcessor`,
  processor: `${DPV}DataProcessor`,
  'independent-controller': `${DPV}DataController`,
  'joint-controller': `${DPV}JointDataControllers`,
  'recipient-category': `${DPV}Recipient`,
  // Our list does not say which kind of recipient it is: a recipient, nothing more.
  'not-stated': `${DPV}Recipient`,
};

/** Processors process personal data on someone's behalf and need a contract (GDPR Art. 28(3)). */
export const isProcessorRole = (role: Role): boolean =>
  role === 'sub-processor' || role === 'processor';

/** Roles where we, not our customers, decide why the data is processed. */
export const isControllerRole = (role: Role): boolean =>
  role === 'independent-controller' || role === 'joint-controller';

/** The SCC module a recipient in this role normally signs, if one is usual. */
export const expectedSccModule = (role: Role): 1 | 2 | 3 | undefined =>
  role === 'sub-processor' ? 3 : role === 'processor' ? 2 : isControllerRole(role) ? 1 : undefined;

/** The lawful bases of GDPR Art. 6(1), where we are the controller. */
export const LEGAL_BASES = [
  'consent',
  'contract',
  'legal-obligation',
  'vital-interests',
  'public-task',
  'legitimate-interests',
] as const;
export type LegalBasis = (typeof LEGAL_BASES)[number];

/** The DPV (EU GDPR extension) term of each lawful basis: Art. 6(1)(a) to (f). */
export const LEGAL_BASIS_IRI: Record<LegalBasis, string> = {
  consent: `${GDPR}A6-1-a`,
  contract: `${GDPR}A6-1-b`,
  'legal-obligation': `${GDPR}A6-1-c`,
  'vital-interests': `${GDPR}A6-1-d`,
  'public-task': `${GDPR}A6-1-e`,
  'legitimate-interests': `${GDPR}A6-1-f`,
};
