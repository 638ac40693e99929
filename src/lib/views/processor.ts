/** What a processor's page and rows show of its activities and transfers. */
import type { Activity } from '../../schemas/processor';
import { MECHANISM_ABBREVIATIONS } from '../../core/vocabulary';
import type { TextsIn } from '../../core/local-text';
import { entityName, knownCountries, locationsDisclosed } from '../model/disclosure';
import type { NotDisclosed } from '../../core/disclosure';
import { isProcessorRole } from '../../core/roles';
import type { Retention } from '../../schemas/retention';
import { retentionDisclosed } from '../words/format';
import type { CountryView, ProcessorView } from '../model/model';
export { chainLinks, fourthPartiesIn, type ChainLinkView } from '../model/chain';

/** The countries an activity processes or stores data in, each once, as far as the vendor disclosed them. */
export const activityCountries = (activity: Activity): string[] => knownCountries(activity);

/** The processor's recipient countries outside the EEA, each with the transfer entry that covers it. */
export const transfersOutsideEea = (processor: ProcessorView): CountryView[] =>
  processor.countries.filter((c) => c.region !== 'eea');

/** A processor page's meta description: the vendor, its legal entity, and what it does, in the page's language. */
export const processorDescription = (processor: ProcessorView, text: TextsIn): string =>
  `${processor.name}${entityName(processor.legalEntity) ? ` (${entityName(processor.legalEntity)})` : ''}: ${processor.activities.map((a) => text(a.description)).join(' ')}`;

/** The day the change log began, for a processor that was on the list then (a `listed` entry). */
export const listedSince = (processor: ProcessorView): string | undefined =>
  // A recipient removed since is no longer "on the list since": its history says when it was.
  !['active', 'upcoming'].includes(processor.status.status)
    ? undefined
    : processor.changes.find(
        (c) =>
          c.type === 'listed' && c.state !== 'withdrawn' && c.processors.includes(processor.id),
      )?.effective;

/** The abbreviations of a recipient's transfer mechanisms, for the search index only. */
export const searchAbbreviations = (processor: ProcessorView): string =>
  [
    ...new Set(
      processor.transfers.flatMap((t) =>
        t.mechanisms.flatMap((m) => MECHANISM_ABBREVIATIONS[m] ?? []),
      ),
    ),
  ].join(' ');

/**
 * Which contracts a recipient's page shows: a DPA where the role needs one (a processor or a
 * sub-processor) or one is recorded, an Art. 26 arrangement for a joint controller or where one
 * is recorded; "None recorded" where the role needs one and there is none.
 */
export const agreementsShown = (
  processor: Pick<ProcessorView, 'role' | 'dpa' | 'arrangement'>,
): { dpa: boolean; arrangement: boolean } => ({
  dpa: processor.dpa !== undefined || isProcessorRole(processor.role),
  arrangement: processor.arrangement !== undefined || processor.role === 'joint-controller',
});

/** An undisclosed retention as a page shows it: the older not-specified reads as not-disclosed. */
export const undisclosedRetention = (retention: Retention): NotDisclosed =>
  retention === 'not-specified' || retentionDisclosed(retention) ? 'not-disclosed' : retention;

/** Whether the vendor disclosed every location of an activity: see ../model/disclosure. */
export { locationsDisclosed };
