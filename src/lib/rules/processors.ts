/** Rules on each processor: no duplicates, a history, a contract, the chain, Art. 9 data, retention. */
import { nameKey } from '../../core/characters';
import { addDays } from '../../core/dates';
import { insideEea, locationName } from '../../core/locations';
import { isKnown, knownList } from '../../core/disclosure';
import { REVIEW_INTERVAL_DAYS } from '../../core/review';
import type { ChainLink, ProcessorData } from '../../schemas/processor';
import { knownCountries } from '../model/disclosure';
import { statusOf } from '../model/status';
import { rule } from './rule';

export const duplicateProcessor = rule({
  id: 'duplicate-processor',
  level: 'error',
  locked: true,
  reason:
    'One vendor is one entry: two files with the same name (compared without case, spacing, invisible characters or look-alike letters) would list it twice.',
  stage: 'content',
  check: ({ source }, report) => {
    const seen = new Map<string, string>();
    for (const { file, data } of source.processors) {
      const key = nameKey(data.name);
      const first = seen.get(key);
      if (!first) seen.set(key, file);
      else
        report({
          file,
          field: 'name',
          message: `duplicates ${first} (the same name, once case, spacing, invisible characters and look-alike letters are set aside): merge the two into one file with several activities, or name each so a reader tells them apart.`,
        });
    }
  },
});

export const processorWithoutChange = rule({
  id: 'processor-without-change',
  level: 'warning',
  reason:
    'The change log says when a processor was added; without one customers cannot see since when.',
  stage: 'content',
  check: ({ source, log }, report) => {
    for (const { id, file } of source.processors) {
      if ((log.get(id) ?? []).length > 0) continue;
      report({
        file,
        field: 'name',
        message:
          'no change in content/changes/ names this processor: add the change that announced it, so customers can see when it was added.',
      });
    }
  },
});

export const subProcessorWithoutDpa = rule({
  id: 'sub-processor-without-dpa',
  level: 'warning',
  reason: 'A sub-processor must be bound by a contract with the same data protection obligations.',
  law: 'GDPR Art. 28(4)',
  stage: 'content',
  check: ({ source, listed }, report) => {
    for (const { id, file, data } of source.processors) {
      if (data.role !== 'sub-processor' || data.dpa || !listed(id)) continue;
      report({
        file,
        field: 'dpa',
        message:
          'a sub-processor needs a data processing agreement (GDPR Art. 28(4)): add dpa: { title: ..., url: ... }.',
      });
    }
  },
});

/** A rule that a listed recipient of `role` works under a contract recorded in `field`. */
const missingContract = (
  id: string,
  role: ProcessorData['role'],
  field: 'dpa' | 'arrangement',
  reason: string,
  law: string,
  message: string,
) =>
  rule({
    id,
    level: 'warning',
    reason,
    law,
    stage: 'content',
    check: ({ source, listed }, report) => {
      for (const { id: processorId, file, data } of source.processors)
        if (data.role === role && !data[field] && listed(processorId))
          report({ file, field, message });
    },
  });

export const processorWithoutDpa = missingContract(
  'processor-without-dpa',
  'processor',
  'dpa',
  'Every processor, not only a sub-processor, works under a contract that sets out its obligations.',
  'GDPR Art. 28(3)',
  'a processor needs a data processing agreement (GDPR Art. 28(3)): add dpa: { title: ..., url: ... }, or if the vendor decides its own purposes, give it role: independent-controller.',
);

export const jointControllerWithoutArrangement = missingContract(
  'joint-controller-without-arrangement',
  'joint-controller',
  'arrangement',
  'Joint controllers set out who does what in an arrangement, whose essence data subjects can read.',
  'GDPR Art. 26',
  'a joint controller needs an arrangement (GDPR Art. 26): add arrangement: { title: ..., url: ... }.',
);

export const subProcessorWithoutList = rule({
  id: 'sub-processor-without-list',
  level: 'warning',
  reason: "Customers must be able to follow the chain to the vendor's own sub-processors.",
  law: 'EDPB Opinion 22/2024',
  stage: 'content',
  check: ({ source, listed }, report) => {
    for (const { id, file, data } of source.processors) {
      if (data.role !== 'sub-processor' || !listed(id)) continue;
      const url = data.subprocessorListUrl;
      if (url !== undefined && isKnown(url)) continue;
      report({
        file,
        field: 'subprocessorListUrl',
        message:
          url === undefined
            ? "give the vendor's own sub-processor list, so customers can follow the chain (EDPB Opinion 22/2024), or write not-disclosed if the vendor does not publish one."
            : 'the vendor does not disclose its own sub-processors, so customers cannot follow the chain (EDPB Opinion 22/2024): ask for the list.',
      });
    }
  },
});

export const specialCategoryWithoutCondition = rule({
  id: 'special-category-without-condition',
  level: 'error',
  locked: true,
  reason:
    'Special-category data may be processed only under one of the Art. 9(2) conditions, which the list must name.',
  law: 'GDPR Art. 9',
  stage: 'content',
  check: ({ source }, report) => {
    for (const { file, data } of source.processors) {
      data.activities.forEach((activity, a) =>
        knownList(activity.dataCategories).forEach((code, c) => {
          if (!source.vocabularies.dataCategories.get(code)?.special) return;
          if (activity.specialCategoryCondition) return;
          report({
            file,
            field: `activities[${a}].dataCategories[${c}]`,
            message: `"${code}" is special-category data (GDPR Art. 9): add specialCategoryCondition to the activity with the Art. 9(2) condition that allows it, e.g. "Art. 9(2)(h): health care".`,
          });
        }),
      );
    }
  },
});

export const duplicateActivity = rule({
  id: 'duplicate-activity',
  level: 'error',
  locked: true,
  reason:
    'Two activities with the same purpose and description say one thing twice, and one of them is usually a copy left unedited.',
  stage: 'content',
  check: ({ source }, report) => {
    for (const { file, data } of source.processors) {
      const seen = new Map<string, number>();
      data.activities.forEach((activity, a) => {
        const key = `${JSON.stringify(activity.purpose)}|${JSON.stringify(activity.description)}`;
        const first = seen.get(key);
        if (first === undefined) seen.set(key, a);
        else
          report({
            file,
            field: `activities[${a}]`,
            message: `repeats activities[${first}] (the same purpose and description): merge the two, or say how they differ.`,
          });
      });
    }
  },
});

export const reviewOverdue = rule({
  id: 'review-overdue',
  level: 'warning',
  reason:
    'Vendors change their terms, locations and sub-processors: an entry checked more than a year ago may no longer be true.',
  law: 'GDPR Art. 28(1), Art. 5(2)',
  stage: 'content',
  check: ({ source, today, listed }, report) => {
    const due = addDays(today, -REVIEW_INTERVAL_DAYS);
    for (const { id, file, data } of source.processors) {
      if (!data.lastReviewed || data.lastReviewed >= due || !listed(id)) continue;
      report({
        file,
        field: 'lastReviewed',
        message: `${data.lastReviewed} is more than a year before ${today}: check the entry against the vendor's current terms, then write the day you did.`,
      });
    }
  },
});

export const assessmentWithoutTransfer = rule({
  id: 'assessment-without-transfer',
  level: 'warning',
  reason:
    'A transfer impact assessment weighs a transfer outside the EEA; on a recipient with none, it tells the reader of a transfer that is not listed.',
  law: 'EDPB Recommendations 01/2020',
  stage: 'content',
  check: ({ source, listed }, report) => {
    for (const { id, file, data } of source.processors) {
      if (!data.transferImpactAssessment || data.transfers.length > 0 || !listed(id)) continue;
      report({
        file,
        field: 'transferImpactAssessment',
        message:
          'this recipient lists no transfer outside the EEA: add the transfers the assessment weighs, or remove transferImpactAssessment.',
      });
    }
  },
});

export const assessmentNotEquivalent = rule({
  id: 'assessment-not-equivalent',
  level: 'error',
  locked: true,
  reason:
    'A transfer the assessment found not essentially equivalent, even with supplementary measures, must be suspended, not published as in place.',
  law: 'CJEU C-311/18 (Schrems II); EDPB Recommendations 01/2020, step 6',
  stage: 'content',
  check: ({ source, listed }, report) => {
    for (const { id, file, data } of source.processors) {
      if (data.transferImpactAssessment?.outcome !== 'not-essentially-equivalent' || !listed(id))
        continue;
      report({
        file,
        field: 'transferImpactAssessment.outcome',
        message:
          'the assessment found the protection not essentially equivalent: suspend the transfer and announce the removal in content/changes/, or record the supplementary measures that close the gap (outcome: supplementary-measures).',
      });
    }
  },
});

export const assessmentMeasuresUnnamed = rule({
  id: 'assessment-measures-unnamed',
  level: 'warning',
  reason:
    'An assessment that relies on supplementary measures should say which: a customer weighing the transfer cannot check measures it is not told.',
  law: 'EDPB Recommendations 01/2020, step 4',
  stage: 'content',
  check: ({ source, listed }, report) => {
    for (const { id, file, data } of source.processors) {
      const assessment = data.transferImpactAssessment;
      if (assessment?.outcome !== 'supplementary-measures' || assessment.note || !listed(id))
        continue;
      report({
        file,
        field: 'transferImpactAssessment.note',
        message:
          "the assessment relies on supplementary measures: name them in note (e.g. encryption with keys held in the EU), or link the assessment's summary in url and say so in note.",
      });
    }
  },
});

/** The countries a link of a chain processes in: an entry's own, a referenced recipient's disclosed ones. */
function linkCountries(link: ChainLink, processors: ReadonlyMap<string, ProcessorData>): string[] {
  if (!('processor' in link)) return [...link.countries];
  return [...new Set((processors.get(link.processor)?.activities ?? []).flatMap(knownCountries))];
}

const linkName = (link: ChainLink, processors: ReadonlyMap<string, ProcessorData>) =>
  'processor' in link ? (processors.get(link.processor)?.name ?? link.processor) : link.name;

export const chainLinkUncovered = rule({
  id: 'chain-link-uncovered',
  level: 'warning',
  reason:
    "A fourth party outside the EEA receives our data through the vendor: the vendor's transfers must name that country and its safeguard.",
  law: 'GDPR Art. 28(4), Art. 44; EDPB Opinion 22/2024',
  stage: 'content',
  check: ({ source, listed }, report) => {
    const processors = new Map(source.processors.map((p) => [p.id, p.data]));
    for (const { id, file, data } of source.processors) {
      if (!data.chain || !listed(id)) continue;
      const covered = new Set(data.transfers.map((t) => t.country));
      data.chain.links.forEach((link, i) => {
        const outside = linkCountries(link, processors).filter(
          (c) => !insideEea(c) && !covered.has(c),
        );
        if (outside.length === 0) return;
        report({
          file,
          field: `chain.links[${i}]`,
          message: `${linkName(link, processors)} processes our data in ${outside.map((c) => locationName(c, 'en')).join(', ')}, which the transfers of ${data.name} do not cover: add a transfer for ${outside.join(', ')} with its safeguard, or correct the link.`,
        });
      });
    }
  },
});

export const chainCheckOutdated = rule({
  id: 'chain-check-outdated',
  level: 'warning',
  reason:
    "Vendors add sub-processors without asking: a chain checked more than a year ago may no longer be the vendor's.",
  law: 'EDPB Opinion 22/2024',
  stage: 'content',
  check: ({ source, today, listed }, report) => {
    const due = addDays(today, -REVIEW_INTERVAL_DAYS);
    // The last time npm run watch read the vendor's list counts as a check (content/watch/).
    const watched = new Map(
      (source.watch ?? []).flatMap(({ id, data }) =>
        data.readAt ? [[id, data.readAt.slice(0, 10)] as const] : [],
      ),
    );
    for (const { id, file, data } of source.processors) {
      const written = data.chain?.checkedOn;
      if (!written || !listed(id)) continue;
      // A read dated after today (a hand-edited file) counts for nothing.
      const read = watched.get(id);
      const checked = read && read > written && read <= today ? read : written;
      if (checked >= due) continue;
      report({
        file,
        field: 'chain.checkedOn',
        message: `${written} is more than a year before ${today}${read ? ` (and npm run watch last read the list on ${read})` : ''}: check the vendor's sub-processor list again (npm run watch reads it where subprocessorListUrl gives it), then write the day you did.`,
      });
    }
  },
});

export const chainLinkUnannounced = rule({
  id: 'chain-link-unannounced',
  level: 'error',
  locked: true,
  reason:
    'A chain names a recipient of ours that is not on the list yet: its page would publish it before its announcement.',
  law: 'GDPR Art. 28(2)',
  stage: 'content',
  check: ({ source, log, today }, report) => {
    const ids = new Set(source.processors.map((p) => p.id));
    for (const { file, data } of source.processors)
      data.chain?.links.forEach((link, i) => {
        if (!('processor' in link) || !ids.has(link.processor)) return;
        const status = statusOf(link.processor, log.get(link.processor) ?? [], today).status;
        if (status !== 'unannounced' && status !== 'withdrawn') return;
        report({
          file,
          field: `chain.links[${i}].processor`,
          message: `${link.processor} is not announced yet: write this link as an entry (name, countries, purpose), or wait until its addition is announced.`,
        });
      });
  },
});
