/** What a processor's page and rows show of its activities and transfers. */
import type { Activity } from '../../schemas/processor';
import { MECHANISM_ABBREVIATIONS } from '../../core/vocabulary';
import type { TextsIn } from '../../core/local-text';
import { entityName, knownCountries, locationsDisclosed } from '../model/disclosure';
import { gapOf, isKnown, type Unknown } from '../../core/disclosure';
import type { Translate } from '../../i18n';
import type { Organization } from '../../schemas/organization';
import { noticeDays } from '../model/notice';
import { isProcessorRole, type Role } from '../../core/roles';
import type { Retention } from '../../schemas/retention';
import { retentionGap } from '../words/format';
import type { ProcessorView } from '../model/model';
export { chainLinks, fourthPartiesIn, type ChainLinkView } from '../model/chain';

/** The countries an activity processes or stores data in, each once, as far as the vendor disclosed them. */
export const activityCountries = (activity: Activity): string[] => knownCountries(activity);

export { transfersOutside } from '../model/model';

/** A processor page's meta description: the vendor, its legal entity, and what it does, in the page's language. */
export const processorDescription = (processor: ProcessorView, text: TextsIn): string =>
  `${processor.name}${entityName(processor.legalEntity) ? ` (${entityName(processor.legalEntity)})` : ''}${processor.activities.some((a) => a.description) ? ': ' : ''}${processor.activities
    .flatMap((a) => (a.description ? [text(a.description)] : []))
    .join(' ')}`;

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
        isKnown(t.mechanisms) ? t.mechanisms.flatMap((m) => MECHANISM_ABBREVIATIONS[m] ?? []) : [],
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

/** A retention the list does not give, as a page shows it: the older not-specified reads as not-disclosed. */
export const undisclosedRetention = (retention: Retention): Unknown =>
  retentionGap(retention) ?? 'not-disclosed';

/** Whether every location of an activity is given: see ../model/disclosure. */
export { locationsDisclosed };

/** Where an activity stores data, as the page shows it: the locations, or the gap (left out: not stated). */
export const storageOf = (activity: Activity): readonly string[] | Unknown =>
  activity.storage ?? 'not-stated';

/** The gaps among an activity's locations, one of each kind (not stated, not disclosed), in order. */
export function locationGaps(activity: Activity): LocationGap[] {
  return (
    [
      ['processing', activity.processing],
      ['storage', storageOf(activity)],
    ] as const
  ).flatMap(([field, value]) => (isKnown(value) ? [] : [{ field, gap: value as Unknown }]));
}

/** A location an activity does not give: where it is processed, or where stored, and who did not say. */
export interface LocationGap {
  field: 'processing' | 'storage';
  gap: Unknown;
}

/** The gaps among all of a recipient's locations, once per field and kind of gap. */
export const processorLocationGaps = (
  processor: Pick<ProcessorView, 'activities'>,
): LocationGap[] => {
  const gaps = processor.activities.flatMap(locationGaps);
  return gaps.filter(
    (g, i) => gaps.findIndex((h) => h.field === g.field && gapOf(h.gap) === gapOf(g.gap)) === i,
  );
};

/**
 * What the list promises of notice before a new sub-processor, in a sentence: the days where it
 * gives a number, that it promises no minimum where it says none; nothing where it does not say.
 */
export function noticeSentence(organization: Organization, t: Translate): string | undefined {
  const days = noticeDays(organization);
  if (days !== undefined) return t('roleAbout.notice', { days });
  return organization.noticePeriodDays === 'none' ? t('roleAbout.noNotice') : undefined;
}

/**
 * What a group of recipients of one role is, in sentences built from the content: the role's
 * meaning; for sub-processors the notice the list promises; that each works under a data
 * processing agreement only where every one of them has one recorded.
 */
export function roleSentences(
  role: Role,
  processors: readonly Pick<ProcessorView, 'dpa'>[],
  organization: Organization,
  t: Translate,
): string[] {
  return [
    t(`roleAbout.${role}`),
    role === 'sub-processor' ? noticeSentence(organization, t) : undefined,
    isProcessorRole(role) && processors.length > 0 && processors.every((p) => p.dpa !== undefined)
      ? t('roleAbout.allWithDpa')
      : undefined,
  ].filter((sentence): sentence is string => sentence !== undefined);
}

/** A recipient's purposes, each once: the codes, and the gaps (one of each kind) where an activity gives none. */
export function purposesOf(processor: Pick<ProcessorView, 'activities'>): {
  codes: string[];
  gaps: Unknown[];
} {
  const codes = [
    ...new Set(processor.activities.flatMap((a) => (isKnown(a.purpose) ? [a.purpose] : []))),
  ];
  const gaps = processor.activities.flatMap((a) =>
    isKnown(a.purpose) ? [] : [a.purpose as Unknown],
  );
  return {
    codes,
    gaps: gaps.filter((gap, i) => gaps.findIndex((g) => gapOf(g) === gapOf(gap)) === i),
  };
}
