/** Facts in words, where the vendor may not have disclosed them: never a guess in their place. */
import type { Translate } from '../../i18n';
import type { Locale } from '../../i18n';
import { isDisclosed, undisclosedNote, type NotDisclosed } from '../../core/disclosure';
import type { TextsIn } from '../../core/local-text';
import type { ProcessorData } from '../../schemas/processor';
import { formatCountries } from './format';

type Entity = ProcessorData['legalEntity'];

/** "Not disclosed by the vendor", with the note of what was asked where one was written. */
export function notDisclosedText(value: NotDisclosed, t: Translate, text: TextsIn): string {
  const note = text(undisclosedNote(value));
  return note ? `${t('processor.notDisclosed')} (${note})` : t('processor.notDisclosed');
}

/** A fact in words: `show` of the value, or that the vendor has not disclosed it. */
export function factText<T>(
  value: T | NotDisclosed,
  show: (value: T) => string,
  t: Translate,
  text: TextsIn,
): string {
  return isDisclosed(value) ? show(value) : notDisclosedText(value, t, text);
}

/**
 * Who a recipient is, in one line: "Amazon Web Services EMEA SARL, Luxembourg"; for a category
 * its role; where the vendor did not say, that it did not.
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
