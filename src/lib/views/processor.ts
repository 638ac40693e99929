/** What a processor's page and rows show of its activities and transfers. */
import type { Activity } from '../../schemas/processor';
import type { CountryView, ProcessorView } from '../model/model';

/** The countries an activity processes or stores data in, each once. */
export const activityCountries = (activity: Activity): string[] => [
  ...new Set([...activity.processing, ...(activity.storage ?? [])]),
];

/** The processor's recipient countries outside the EEA, each with the transfer entry that covers it. */
export const transfersOutsideEea = (processor: ProcessorView): CountryView[] =>
  processor.countries.filter((c) => c.region !== 'eea');
