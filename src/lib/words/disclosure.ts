/** Facts in words, where the list does not give them: who did not say, never a guess in their place. */
import type { Translate } from '../../i18n';
import type { Locale } from '../../i18n';
import { gapOf, isKnown, unknownNote, type Unknown } from '../../core/disclosure';
import type { TextsIn } from '../../core/local-text';
import type { ProcessorData } from '../../schemas/processor';
import { formatCountries } from './format';

type Entity = ProcessorData['legalEntity'];

/**
 * "Not stated in our list" where the publisher's list leaves a fact out, "Not disclosed by the
 * vendor" where the content records that the vendor did not say; with the note where one was
 * written.
 */
export function gapText(value: Unknown, t: Translate, text: TextsIn): string {
  const words = t(
    gapOf(value) === 'not-disclosed' ? 'processor.notDisclosed' : 'processor.notStated',
  );
  const note = text(unknownNote(value));
  return note ? `${words} (${note})` : words;
}

/** A fact in words: `show` of the value, or who did not give it. */
export function factText<T>(
  value: T | Unknown,
  show: (value: Exclude<T, Unknown>) => string,
  t: Translate,
  text: TextsIn,
): string {
  return isKnown(value) ? show(value) : gapText(value as Unknown, t, text);
}

/**
 * Who a recipient is, in one line: "Amazon Web Services EMEA SARL, Luxembourg"; for a category
 * its role; where the list does not say, who did not.
 */
export function entityLine(entity: Entity, locale: Locale, t: Translate, text: TextsIn): string {
  if (entity === undefined) return t('role.recipient-category');
  return factText(
    entity,
    (e) => `${e.name}, ${factText(e.country, (c) => formatCountries([c], locale), t, text)}`,
    t,
    text,
  );
}
