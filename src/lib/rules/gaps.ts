/**
 * Rules on facts the list does not give: recorded as not stated in our list, or as not disclosed
 * by the vendor. Each gap is shown so on every surface; these rules decide, per role and per
 * fact, whether it may be published (a warning) or must be closed first (an error): a
 * sub-processor's identity and where it processes data must be known (GDPR Art. 28(2)).
 */
import { gapOf, isKnown, type Gap } from '../../core/disclosure';
import { decisionOn } from '../../law';
import { approvedForEea, atHome } from '../../core/locations';
import type { Regime } from '../../core/regimes';
import type { Organization } from '../../schemas/organization';
import type { ProcessorData } from '../../schemas/processor';
import { rule, type ContentInput, type Report } from './rule';

/** A fact that is not given: where it is, what it is in words, and who did not give it. */
interface Missing {
  field: string;
  what: string;
  gap: Gap;
  /** The words are plural: "are not stated". */
  plural?: boolean;
}

/** "is not stated in our list", or "are …" for plural words. */
const isSaid = ({ gap, plural }: Missing): string => `${plural ? 'are' : 'is'} ${said(gap)}`;

const said = (gap: Gap): string =>
  gap === 'not-disclosed' ? 'recorded as not disclosed by the vendor' : 'not stated in our list';

/** Where a recipient's identity or processing locations are not given: the fields, in order. */
function identityGaps(data: ProcessorData): Missing[] {
  const found: Missing[] = [];
  const entity = data.legalEntity;
  if (entity !== undefined && !isKnown(entity))
    found.push({ field: 'legalEntity', what: 'its legal entity', gap: gapOf(entity)! });
  else if (entity !== undefined && !isKnown(entity.country))
    found.push({
      field: 'legalEntity.country',
      what: "its legal entity's country",
      gap: gapOf(entity.country)!,
    });
  data.activities.forEach((activity, a) => {
    if (!isKnown(activity.processing))
      found.push({
        field: `activities[${a}].processing`,
        what: 'where it processes the data',
        gap: gapOf(activity.processing)!,
      });
  });
  return found;
}

/** Runs `check` on every processor on the list (active, upcoming or not yet announced). */
const eachListed =
  (check: (at: { file: string; data: ProcessorData }, report: Report) => void) =>
  ({ source, listed }: ContentInput, report: Report) => {
    for (const { id, file, data } of source.processors)
      if (listed(id)) check({ file, data }, report);
  };

export const subProcessorNotDisclosed = rule({
  id: 'sub-processor-not-disclosed',
  level: 'error',
  locked: true,
  reason:
    'Customers must be able to know who each sub-processor is and where it processes their data before they accept it.',
  law: 'GDPR Art. 28(2), EDPB Opinion 22/2024',
  stage: 'content',
  check: eachListed(({ file, data }, report) => {
    if (data.role !== 'sub-processor') return;
    for (const { field, what, gap } of identityGaps(data))
      report({
        file,
        field,
        message: `${what} is ${said(gap)}, and a sub-processor cannot be engaged without it: customers must know who handles their data and where (GDPR Art. 28(2)). ${gap === 'not-stated' ? 'Write it in' : 'Get the answer from the vendor'}, or do not engage it.`,
      });
  }),
});

export const recipientNotDisclosed = rule({
  id: 'recipient-not-disclosed',
  level: 'warning',
  reason:
    'A recipient whose identity or locations are not given is shown so on every page; find them out, so the list can say more.',
  law: 'GDPR Art. 13(1)(e)–(f)',
  stage: 'content',
  check: eachListed(({ file, data }, report) => {
    if (data.role === 'sub-processor') return;
    for (const { field, what, gap } of identityGaps(data))
      report({
        file,
        field,
        message: `${what} is ${said(gap)}: every page says so. ${gap === 'not-stated' ? 'Write it in where you know it' : 'Ask the vendor and record the answer when it comes'}.`,
      });
  }),
});

export const storageNotGiven = rule({
  id: 'storage-not-given',
  level: 'warning',
  reason:
    'Where data is stored decides whether it leaves the EEA; a list that gives only where it is processed cannot say, and is never read as storing it there.',
  law: 'GDPR Art. 13(1)(f), Art. 44',
  stage: 'content',
  check: eachListed(({ file, data }, report) => {
    data.activities.forEach((activity, a) => {
      if (activity.storage !== undefined && isKnown(activity.storage)) return;
      const gap = activity.storage === undefined ? 'not-stated' : gapOf(activity.storage)!;
      report({
        file,
        field: `activities[${a}].storage`,
        message: `where it stores the data is ${said(gap)}${activity.storage === undefined ? ' (no storage field)' : ''}: every page says so, and none can say whether the data leaves the EEA. Write storage: [countries]${gap === 'not-disclosed' ? ' once the vendor says' : ''}.`,
      });
    });
  }),
});

export const transferSafeguardNotStated = rule({
  id: 'transfer-safeguard-not-stated',
  level: 'error',
  reason:
    'A transfer outside the EEA rests on a mechanism the list must name; one that names none cannot show the transfer is lawful, and says so on every page.',
  law: 'GDPR Art. 13(1)(f), Art. 44–46',
  stage: 'content',
  check: (input, report) =>
    eachListed(({ file, data }, r) => {
      data.transfers.forEach((transfer, t) => {
        if (isKnown(transfer.mechanisms)) return;
        // A destination every regime's law lets data go to without a safeguard needs none named:
        // at home, the EEA a UK or Swiss approval lists, or a decision for every recipient there.
        const free = (regime: Regime) =>
          atHome(transfer.country, regime) ||
          approvedForEea(transfer.country, regime) ||
          (decisionOn(regime, transfer.country, input.today)?.requires === undefined &&
            decisionOn(regime, transfer.country, input.today) !== undefined);
        if (input.source.organization.regimes.every(free)) return;
        r({
          file,
          field: `transfers[${t}].mechanisms`,
          message: `the safeguard of the transfer to ${transfer.country} is ${said(gapOf(transfer.mechanisms)!)}: write its mechanisms, e.g. [scc] with sccModule: 3.`,
        });
      });
    })(input, report),
});

export const retentionNotSpecified = rule({
  id: 'retention-not-specified',
  level: 'warning',
  reason: 'Customers must be told how long their data is kept, or at least an upper bound.',
  law: 'GDPR Art. 13(2)(a)',
  stage: 'content',
  check: eachListed(({ file, data }, report) => {
    data.activities.forEach((activity, a) => {
      if (activity.retention !== 'not-specified' && isKnown(activity.retention)) return;
      const gap =
        activity.retention === 'not-specified' ? 'not-disclosed' : gapOf(activity.retention)!;
      report({
        file,
        field: `activities[${a}].retention`,
        message:
          gap === 'not-stated'
            ? 'how long this data is kept is not stated in our list: write the period, or an upper bound with { upTo: P1Y }.'
            : 'the vendor has not disclosed how long it keeps this data: ask, or give an upper bound with { upTo: P1Y }.',
      });
    });
  }),
});

/** The facts of an activity or a transfer, other than identity, locations and retention, that may be not stated. */
function otherGaps(data: ProcessorData): Missing[] {
  const found: Missing[] = [];
  const add = (field: string, what: string, value: unknown, plural = false) => {
    const gap = gapOf(value);
    if (gap) found.push({ field, what, gap, plural });
  };
  add('role', 'the role', data.role);
  data.activities.forEach((activity, a) => {
    add(`activities[${a}].purpose`, 'the purpose', activity.purpose);
    add(
      `activities[${a}].dataCategories`,
      'the categories of personal data',
      activity.dataCategories,
      true,
    );
    add(`activities[${a}].dataSubjects`, 'the data subjects', activity.dataSubjects, true);
  });
  data.transfers.forEach((transfer, t) =>
    add(`transfers[${t}].sccModule`, 'the SCC module', transfer.sccModule),
  );
  return found;
}

/** The publisher's own facts that may be not stated. */
function publisherGaps(org: Organization): Missing[] {
  const found: Missing[] = [];
  const add = (field: string, what: string, value: unknown) => {
    const gap = gapOf(value);
    if (gap) found.push({ field, what, gap });
  };
  add('address.street', 'your street address', org.address.street);
  add('address.postalCode', 'your postal code', org.address.postalCode);
  add('address.city', 'your city', org.address.city);
  if (org.dpo?.name !== undefined) add('dpo.name', "your DPO's name", org.dpo.name);
  add('noticePeriodDays', 'your notice period for new sub-processors', org.noticePeriodDays);
  return found;
}

export const factNotStated = rule({
  id: 'fact-not-stated',
  level: 'warning',
  reason:
    'A fact recorded as not stated is published as "not stated in our list": true, but a reader learns less; fill it in where you know it.',
  law: 'GDPR Art. 13, Art. 28(2)',
  stage: 'content',
  check: (input, report) => {
    const { source } = input;
    const organization = source.organizationFile ?? 'content/organization.yaml';
    for (const { field, what, gap } of publisherGaps(source.organization))
      report({
        file: organization,
        field,
        message: `${what} is ${said(gap)}: every page that would give it says so.`,
      });
    eachListed(({ file, data }, r) => {
      for (const missing of otherGaps(data))
        r({
          file,
          field: missing.field,
          message: `${missing.what} ${isSaid(missing)}: every page says so.`,
        });
    })(input, report);
  },
});
