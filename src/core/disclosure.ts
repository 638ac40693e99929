/**
 * Facts a list does not give, and who did not give them. Content records a gap instead of
 * inventing the fact: `not-stated` (or `{ notStated: why }`) where our own list does not state it,
 * `not-disclosed` (or `{ notDisclosed: what was asked }`) where the vendor has not disclosed it.
 * Every surface asks these helpers, so none of them guesses the missing fact or blames the wrong
 * party for it.
 */
import type { LocalText } from './local-text';

/** A fact the vendor has not disclosed, with an optional note of what was asked, and when. */
export type NotDisclosed = 'not-disclosed' | { notDisclosed: LocalText };

/** A fact our own list does not state, with an optional note of why. */
export type NotStated = 'not-stated' | { notStated: LocalText };

/** A fact that is not given, for either reason. */
export type Unknown = NotDisclosed | NotStated;

/** Who left a fact out: the vendor (`not-disclosed`), or the publisher's own list (`not-stated`). */
export type Gap = 'not-disclosed' | 'not-stated';

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null;

/** The gap a value records, or undefined where the value is the fact itself. */
export function gapOf(value: unknown): Gap | undefined {
  if (value === 'not-disclosed' || (isObject(value) && 'notDisclosed' in value))
    return 'not-disclosed';
  if (value === 'not-stated' || (isObject(value) && 'notStated' in value)) return 'not-stated';
  return undefined;
}

/** Whether a value is the fact itself rather than a record that it is not given. */
export const isKnown = <T>(value: T | Unknown): value is Exclude<T, Unknown> =>
  gapOf(value) === undefined;

/** Whether a value records that the vendor did not disclose the fact. */
export const isNotDisclosed = (value: unknown): value is NotDisclosed =>
  gapOf(value) === 'not-disclosed';

/** The note of a gap (what was asked, or why the list does not say), if one was written. */
export function unknownNote(value: unknown): LocalText | undefined {
  if (!isObject(value)) return undefined;
  if ('notDisclosed' in value) return value['notDisclosed'] as LocalText;
  if ('notStated' in value) return value['notStated'] as LocalText;
  return undefined;
}

/** The value when it is given, else undefined. */
export const knownOr = <T>(value: T | Unknown | undefined): Exclude<T, Unknown> | undefined =>
  value === undefined || !isKnown(value) ? undefined : (value as Exclude<T, Unknown>);

/** The items of a list that is given; none where the list records a gap. */
export const knownList = <T>(value: readonly T[] | Unknown | undefined): readonly T[] =>
  Array.isArray(value) ? (value as readonly T[]) : [];
