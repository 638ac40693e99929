/**
 * Facts a vendor has not disclosed. Content records them as `not-disclosed` (or with a note of
 * what was asked); every surface asks these helpers, so none of them guesses the missing fact.
 */
import type { LocalText } from './local-text';

/** A fact recorded as not disclosed, with an optional note of what was asked, and when. */
export type NotDisclosed = 'not-disclosed' | { notDisclosed: LocalText };

/** Whether a value is the fact itself rather than a record that it was not disclosed. */
export const isDisclosed = <T>(value: T | NotDisclosed): value is T =>
  value !== 'not-disclosed' &&
  !(typeof value === 'object' && value !== null && 'notDisclosed' in value);

/** The note of an undisclosed fact (what was asked, when), if one was written. */
export const undisclosedNote = (value: unknown): LocalText | undefined =>
  typeof value === 'object' && value !== null && 'notDisclosed' in value
    ? (value as { notDisclosed: LocalText }).notDisclosed
    : undefined;

/** The value when it was disclosed, else undefined. */
export const disclosedOr = <T>(value: T | NotDisclosed | undefined): T | undefined =>
  value === undefined || !isDisclosed(value) ? undefined : value;
