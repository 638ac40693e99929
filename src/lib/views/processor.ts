/** What a processor's page and rows show of its activities and transfers. */
import type { Activity } from '../../schemas/processor';
import type { TextsIn } from '../../core/local-text';
import type { CountryView, ProcessorView } from '../model/model';

/** The countries an activity processes or stores data in, each once. */
export const activityCountries = (activity: Activity): string[] => [
  ...new Set([...activity.processing, ...(activity.storage ?? [])]),
];

/** The processor's recipient countries outside the EEA, each with the transfer entry that covers it. */
export const transfersOutsideEea = (processor: ProcessorView): CountryView[] =>
  processor.countries.filter((c) => c.region !== 'eea');

/** A processor page's meta description: the vendor, its legal entity, and what it does, in the page's language. */
export const processorDescription = (processor: ProcessorView, text: TextsIn): string =>
  `${processor.name} (${processor.legalEntity.name}): ${processor.activities.map((a) => text(a.description)).join(' ')}`;
