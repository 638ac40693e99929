/** A chain link's countries in words, as the processor page and the workbook both write them. */
import { locationName, type Region } from '../../core/locations';
import type { Locale, Translate } from '../../i18n';

/**
 * "Ireland (EEA); United States (outside the EEA; its safeguard with the vendor is not recorded
 * here)": each country with what the list can say of it, never a guessed safeguard.
 */
export function chainCountriesText(
  countries: readonly { country: string; region?: Region | undefined }[],
  locale: Locale,
  t: Translate,
): string {
  // A recipient of ours whose page gives no location: its page says who did not give it.
  if (countries.length === 0) return t('chain.locationsUnknown');
  return countries
    .map(
      ({ country, region }) =>
        `${locationName(country, locale)} (${region ? t(`region.${region}`) : t('chain.noSafeguard')})`,
    )
    .join('; ');
}
