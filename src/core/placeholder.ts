/** What the scaffolds and the importer leave for the author to replace; the rules refuse it. */
export const PLACEHOLDER = 'FILL IN';
