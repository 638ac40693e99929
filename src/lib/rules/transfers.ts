/**
 * Transfer rules (GDPR Chapter V): every country outside the EEA needs a mechanism, and each
 * mechanism must be one that can cover that country on the date the transfer has to hold.
 */
import { LAW, decisionOn, lawMechanism, lawTableVersion, pendingChallenges } from '../../law';
import {
  ADEQUACY_MECHANISM,
  DPF_MECHANISM,
  approvedForEea,
  atHome,
  insideEea,
  isRegion,
  locationName,
} from '../../core/locations';
import { addDays } from '../../core/dates';
import type { ProcessorData, Transfer } from '../../schemas/processor';
import { isKnown, knownList } from '../../core/disclosure';
import { REGIMES, REGIME_LAW, regimesOf, type Regime } from '../../core/regimes';
import { expectedSccModule } from '../../core/roles';
import { knownCountries, locationsDisclosed } from '../model/disclosure';
import { effectOn, type StatusChange } from '../model/status';
import { rule, type ContentInput, type Report } from './rule';

const name = (code: string) => locationName(code, 'en');

/** Whether a regime's law needs no mechanism for a location: its own territory, or the EEA it approves. */
const noMechanismNeeded = (code: string, regime: Regime): boolean =>
  atHome(code, regime) || approvedForEea(code, regime);

/** The date a processor's transfers must hold on: a pending change's effective date, else today. */
function transferDate(own: readonly StatusChange[], processorId: string, today: string): string {
  const pending = own
    .filter(
      (change) =>
        change.withdrawnOn === undefined &&
        change.effective > today &&
        effectOn(change, processorId) === 'adds',
    )
    .map(({ effective }) => effective)
    .sort();
  return pending[0] ?? today;
}

/** The countries an activity list processes or stores data in. */
const usedCountries = (data: ProcessorData): Set<string> =>
  new Set(data.activities.flatMap(knownCountries));

type EachTransfer = (
  at: { id: string; file: string; data: ProcessorData; transfer: Transfer; field: string },
  report: Report,
) => void;

/** Runs `check` on every transfer entry of every processor. */
const eachTransfer =
  (check: EachTransfer) =>
  ({ source }: ContentInput, report: Report) => {
    for (const { id, file, data } of source.processors) {
      data.transfers.forEach((transfer, t) =>
        check({ id, file, data, transfer, field: `transfers[${t}]` }, report),
      );
    }
  };

/** Runs `check` on every mechanism of every transfer entry. */
const eachMechanism = (
  check: (
    at: Parameters<EachTransfer>[0] & { mechanism: string },
    report: Report,
    input: ContentInput,
  ) => void,
) =>
  function (input: ContentInput, report: Report) {
    eachTransfer((at, r) =>
      knownList(at.transfer.mechanisms).forEach((mechanism, m) =>
        check({ ...at, mechanism, field: `${at.field}.mechanisms[${m}]` }, r, input),
      ),
    )(input, report);
  };

export const transferMissing = rule({
  id: 'transfer-missing',
  level: 'error',
  locked: true,
  reason:
    'Personal data may leave the EEA only under a transfer mechanism, which the list must name.',
  law: 'GDPR Art. 44–46',
  stage: 'content',
  check: ({ source }, report) => {
    const regimes = source.organization.regimes;
    for (const { file, data } of source.processors) {
      const covered = new Set(data.transfers.map((t) => t.country));
      data.activities.forEach((activity, a) => {
        for (const [list, given] of [
          ['processing', activity.processing],
          ['storage', activity.storage ?? []],
        ] as const) {
          // Locations the list does not give are other rules' concern (*-not-disclosed, storage-not-given).
          knownList(given).forEach((country, c) => {
            if (covered.has(country)) return;
            // Under each of the publisher's laws: outside its territory, and not approved wholesale.
            const under = regimes.filter((regime) => !noMechanismNeeded(country, regime));
            if (under.length === 0) return;
            const where =
              under.includes('eu') && !insideEea(country)
                ? 'outside the EEA'
                : `a transfer under ${under.map((r) => REGIME_LAW[r]).join(' and ')}`;
            report({
              file,
              field: `activities[${a}].${list}[${c}]`,
              message: `${name(country)} (${country}) is ${where} but has no entry under transfers: add - country: ${country} with its mechanisms, e.g. [scc] and sccModule: 3${isRegion(country) ? ', or name the countries instead of the region' : ''}.`,
            });
            covered.add(country); // once per country
          });
        }
      });
    }
  },
});

export const transferInsideEea = rule({
  id: 'transfer-inside-eea',
  level: 'warning',
  reason:
    "A country in the EEA (or the publisher's own, under the UK's or Swiss law) needs no transfer mechanism; an entry for it suggests a mistake.",
  stage: 'content',
  check: (input, report) => {
    const regimes = input.source.organization.regimes;
    eachTransfer(({ file, transfer, field }, r) => {
      if (!regimes.every((regime) => noMechanismNeeded(transfer.country, regime))) return;
      r({
        file,
        field: `${field}.country`,
        message: `${name(transfer.country)} needs no transfer mechanism under ${regimes.map((x) => REGIME_LAW[x]).join(' or ')}${insideEea(transfer.country) ? ' (it is in the EEA)' : ''}. Remove this entry.`,
      });
    })(input, report);
  },
});

export const transferWithoutActivity = rule({
  id: 'transfer-without-activity',
  level: 'warning',
  reason: 'A transfer entry for a country no activity uses says more than the activities do.',
  stage: 'content',
  check: eachTransfer(({ file, data, transfer, field }, report) => {
    if (insideEea(transfer.country) || usedCountries(data).has(transfer.country)) return;
    // Where the vendor did not disclose every location, a transfer entry may be all it said.
    if (!data.activities.every(locationsDisclosed)) return;
    report({
      file,
      field: `${field}.country`,
      message: `no activity processes or stores data in ${name(transfer.country)}: add it to an activity's processing or storage (remote access counts), or remove this entry.`,
    });
  }),
});

/** The law of a regime, as a message names its decisions or approvals. */
const DECISION_OF: Record<Regime, string> = {
  eu: 'EU adequacy decision',
  uk: 'UK approval (adequacy regulations)',
  ch: 'Swiss adequacy listing (DPO Annex 1)',
};

/** The regime whose adequacy or scheme a mechanism claims, if it claims one. */
const claimedRegime = (mechanism: string, of: Record<Regime, string>): Regime | undefined =>
  REGIMES.find((regime) => of[regime] === mechanism);

export const adequacyForUs = rule({
  id: 'adequacy-for-us',
  level: 'error',
  locked: true,
  reason:
    "A decision that covers a scheme's members only (the US: the EU-US Data Privacy Framework, its UK Extension, the Swiss-US DPF) is claimed by naming the scheme, which the recipient must have joined.",
  law: 'Commission Implementing Decision (EU) 2023/1795; SI 2023/1028; DPO Annex 1',
  stage: 'content',
  check: eachMechanism(({ id, file, transfer, mechanism, field }, report, { log, today }) => {
    const regime = claimedRegime(mechanism, ADEQUACY_MECHANISM);
    if (!regime) return;
    const onDate = transferDate(log.get(id) ?? [], id, today);
    const decision = decisionOn(regime, transfer.country, onDate);
    if (!decision?.requires) return;
    report({
      file,
      field,
      message: `the transfer to ${name(transfer.country)} (${transfer.country}) claims ${mechanism}, but the ${DECISION_OF[regime]} for it, ${decision.instrument.number}, covers only organisations that joined the ${schemeName(decision.requires)}: write ${decision.requires} (with dpfVerifiedOn) instead, if the recipient has joined it, or name another mechanism.`,
    });
  }),
});

/** A scheme's name as messages give it. */
const schemeName = (mechanism: string): string =>
  ({
    dpf: 'EU-US Data Privacy Framework',
    'uk-dpf-extension': 'UK Extension to the Data Privacy Framework',
    'swiss-dpf': 'Swiss-US Data Privacy Framework',
  })[mechanism] ?? mechanism;

export const adequacyNotInForce = rule({
  id: 'adequacy-not-in-force',
  level: 'error',
  locked: true,
  reason:
    "Adequacy is a mechanism only for a destination on its regime's table that day: an EU decision, a UK approval, Switzerland's Annex 1 (src/law/).",
  law: 'GDPR Art. 45, UK GDPR Art. 45A, FADP Art. 16(1)',
  stage: 'content',
  check: eachMechanism(({ id, file, transfer, mechanism, field }, report, { log, today }) => {
    const regime = claimedRegime(mechanism, ADEQUACY_MECHANISM);
    if (!regime) return;
    const onDate = transferDate(log.get(id) ?? [], id, today);
    if (decisionOn(regime, transfer.country, onDate)) return;
    const instead = {
      eu: 'scc (with sccModule)',
      uk: 'uk-idta (or uk-addendum beside scc)',
      ch: 'swiss-scc',
    }[regime];
    report({
      file,
      field,
      message: `the transfer to ${name(transfer.country)} (${transfer.country}) claims ${mechanism}, but there is no ${DECISION_OF[regime]} for it in force on ${onDate} (law tables of ${lawTableVersion}): use ${instead} or another mechanism.`,
    });
  }),
});

export const dpfOutsideUs = rule({
  id: 'dpf-outside-us',
  level: 'error',
  locked: true,
  reason:
    'The Data Privacy Framework and its UK and Swiss parts cover transfers to the United States only, from the day each applies.',
  law: 'Commission Implementing Decision (EU) 2023/1795; SI 2023/1028; DPO Annex 1',
  stage: 'content',
  check: eachMechanism(({ id, file, transfer, mechanism, field }, report, { log, today }) => {
    const regime = claimedRegime(mechanism, DPF_MECHANISM);
    if (!regime) return;
    const onDate = transferDate(log.get(id) ?? [], id, today);
    if (decisionOn(regime, transfer.country, onDate)?.requires === mechanism) return;
    // The day the scheme applies from, from the regime's table.
    const from = LAW.decisions.find((d) => d.regime === regime && d.requires === mechanism)?.from;
    report({
      file,
      field,
      message:
        transfer.country !== 'US'
          ? `the ${schemeName(mechanism)} covers transfers to the United States only, not ${name(transfer.country)}: use ${ADEQUACY_MECHANISM[regime]} where ${name(transfer.country)} is on the ${REGIME_LAW[regime]} table, or standard clauses.`
          : `the ${schemeName(mechanism)} is not in force on ${onDate}${from && from > onDate ? ` (it applies from ${from})` : ''}: name the clauses the transfer rests on until it does.`,
    });
  }),
});

export const derogation = rule({
  id: 'derogation',
  level: 'warning',
  reason:
    "Art. 49 derogations are for occasional, necessary transfers, never for a processor's routine work.",
  law: 'GDPR Art. 49',
  stage: 'content',
  check: eachMechanism(({ file, transfer, mechanism, field }, report) => {
    if (mechanism !== 'derogation') return;
    report({
      file,
      field,
      message: transfer.justification
        ? 'Art. 49 derogations are for occasional, necessary transfers only: make sure the justification still holds, or move to scc.'
        : 'Art. 49 derogations are exceptional: give transfers[].justification explaining which Art. 49(1) ground applies, or use scc.',
    });
  }),
});

export const dpfCheckOutdated = rule({
  id: 'dpf-check-outdated',
  level: 'warning',
  reason:
    'A Data Privacy Framework certification lapses unless renewed yearly: check the list at least once a year.',
  stage: 'content',
  check: (input, report) => {
    const yearAgo = addDays(input.today, -365);
    eachTransfer(({ id, file, transfer, field }, r) => {
      if (!input.listed(id) || !transfer.dpfVerifiedOn || transfer.dpfVerifiedOn >= yearAgo) return;
      r({
        file,
        field: `${field}.dpfVerifiedOn`,
        message: `${transfer.dpfVerifiedOn} is more than 12 months ago: check the recipient on the Data Privacy Framework list (dataprivacyframework.gov) and update the date.`,
      });
    })(input, report);
  },
});

export const sccModuleUnexpected = rule({
  id: 'scc-module-unexpected',
  level: 'warning',
  reason:
    'A sub-processor of ours signs SCC module 3 (processor to processor), a processor of our own data module 2, a controller module 1.',
  law: 'Commission Implementing Decision (EU) 2021/914',
  stage: 'content',
  check: eachTransfer(({ file, data, transfer, field }, report) => {
    const expected = expectedSccModule(data.role);
    if (transfer.sccModule === undefined || expected === undefined) return;
    if (transfer.sccModule === expected) return;
    const who = {
      3: 'a sub-processor of ours normally signs module 3 (processor to processor)',
      2: 'a processor of data we control normally signs module 2 (controller to processor)',
      1: 'a controller receiving data from us normally signs module 1 (controller to controller)',
    }[expected];
    report({
      file,
      field: `${field}.sccModule`,
      message: `${who}, not ${transfer.sccModule}: check the SCCs you signed.`,
    });
  }),
});

export const duplicateTransfer = rule({
  id: 'duplicate-transfer',
  level: 'error',
  locked: true,
  reason:
    'One entry per country: a second entry for a country would be silently dropped, with its mechanisms.',
  law: 'GDPR Art. 44–46',
  stage: 'content',
  check: ({ source }, report) => {
    for (const { file, data } of source.processors) {
      const seen = new Map<string, number>();
      data.transfers.forEach((transfer, t) => {
        const first = seen.get(transfer.country);
        if (first === undefined) seen.set(transfer.country, t);
        else
          report({
            file,
            field: `transfers[${t}].country`,
            message: `${name(transfer.country)} already has an entry (transfers[${first}]): give each country one entry, with all its mechanisms.`,
          });
      });
    }
  },
});

export const dateInFuture = rule({
  id: 'date-in-future',
  level: 'error',
  locked: true,
  reason:
    'A check or a signature cannot have happened after the build date: such a date is a typo, and would read as a promise.',
  stage: 'content',
  check: ({ source, today }, report) => {
    for (const { file, data } of source.processors) {
      if (data.dpa?.signedOn && data.dpa.signedOn > today)
        report({
          file,
          field: 'dpa.signedOn',
          message: `${data.dpa.signedOn} is after today (${today}): write the day the agreement was signed.`,
        });
      if (data.lastReviewed && data.lastReviewed > today)
        report({
          file,
          field: 'lastReviewed',
          message: `${data.lastReviewed} is after today (${today}): write the day you last checked the entry.`,
        });
      if (data.chain && data.chain.checkedOn > today)
        report({
          file,
          field: 'chain.checkedOn',
          message: `${data.chain.checkedOn} is after today (${today}): write the day you checked the vendor's sub-processor list.`,
        });
      const assessed = data.transferImpactAssessment?.assessedOn;
      if (assessed && assessed > today)
        report({
          file,
          field: 'transferImpactAssessment.assessedOn',
          message: `${assessed} is after today (${today}): write the day the assessment was made.`,
        });
      data.transfers.forEach((transfer, t) => {
        if (transfer.dpfVerifiedOn && transfer.dpfVerifiedOn > today)
          report({
            file,
            field: `transfers[${t}].dpfVerifiedOn`,
            message: `${transfer.dpfVerifiedOn} is after today (${today}): write the day you checked the Data Privacy Framework list.`,
          });
      });
    }
  },
});

/** The regimes a mechanism covers: as its vocabulary term says, else as the project knows them. */
const covered = (input: ContentInput, mechanism: string): readonly Regime[] =>
  input.source.vocabularies.transferMechanisms.get(mechanism)?.regimes ?? regimesOf(mechanism);

export const mechanismRegimeGap = rule({
  id: 'mechanism-regime-gap',
  level: 'error',
  locked: true,
  reason:
    "Each data protection law the publisher's data falls under needs its own transfer mechanism: EU SCCs do not cover UK data, a UK Addendum does not cover EU data.",
  law: 'GDPR Art. 44, UK GDPR Art. 44, FADP Art. 16',
  stage: 'content',
  check: (input, report) => {
    const regimes = input.source.organization.regimes;
    eachTransfer(({ file, transfer, field }, r) => {
      // A transfer whose mechanisms are not stated is transfer-safeguard-not-stated's concern.
      if (!isKnown(transfer.mechanisms)) return;
      const mechanisms = transfer.mechanisms;
      for (const regime of regimes) {
        // Data at home under a law, or in the EEA its law approves, needs no mechanism of it.
        if (noMechanismNeeded(transfer.country, regime)) continue;
        if (mechanisms.some((m) => covered(input, m).includes(regime))) continue;
        const fits = {
          eu: 'scc (with sccModule), dpf for a certified US recipient, or adequacy',
          uk: 'uk-idta, uk-addendum (beside scc) or uk-dpf-extension',
          ch: 'swiss-scc or swiss-dpf',
        }[regime];
        r({
          file,
          field: `${field}.mechanisms`,
          message: `the transfer to ${name(transfer.country)} (${transfer.country}) has no mechanism for ${REGIME_LAW[regime]} data, which organization.yaml lists in regimes (${regime}): its mechanisms (${mechanisms.join(', ')}) do not cover it. Add ${fits}.`,
        });
      }
    })(input, report);
  },
});

export const mechanismOutsideRegimes = rule({
  id: 'mechanism-outside-regimes',
  level: 'warning',
  reason:
    'A mechanism for a law the publisher does not list (a UK Addendum where regimes is only eu) suggests organization.yaml is missing a regime.',
  stage: 'content',
  check: (input, report) => {
    const regimes = input.source.organization.regimes;
    eachMechanism(({ file, mechanism, field }, r) => {
      const covers = covered(input, mechanism);
      if (covers.some((regime) => regimes.includes(regime))) return;
      r({
        file,
        field,
        message: `${mechanism} covers ${covers.map((x) => REGIME_LAW[x]).join(', ')} data, and organization.yaml's regimes are ${regimes.join(', ')}: add ${covers.join(' or ')} to regimes if that data is transferred, or remove ${mechanism}.`,
      });
    })(input, report);
  },
});

export const ukAddendumWithoutScc = rule({
  id: 'uk-addendum-without-scc',
  level: 'error',
  locked: true,
  reason:
    'The UK Addendum amends the EU Standard Contractual Clauses and is no mechanism without them.',
  law: 'UK ICO International Data Transfer Addendum, Part 1',
  stage: 'content',
  check: eachMechanism(({ file, transfer, mechanism, field }, report) => {
    if (mechanism !== 'uk-addendum' || knownList(transfer.mechanisms).includes('scc')) return;
    report({
      file,
      field,
      message:
        'the UK Addendum is signed beside the EU SCCs: add scc (with sccModule) to this transfer, or use uk-idta on its own.',
    });
  }),
});

export const dpfWithoutEntity = rule({
  id: 'dpf-without-entity',
  level: 'error',
  locked: true,
  reason:
    'The Data Privacy Framework covers certified organisations only, and nobody can check an unnamed one on the list.',
  law: 'Commission Implementing Decision (EU) 2023/1795',
  stage: 'content',
  check: eachMechanism(({ file, data, mechanism, field }, report) => {
    if (mechanism !== 'dpf' && mechanism !== 'swiss-dpf' && mechanism !== 'uk-dpf-extension')
      return;
    const entity = data.legalEntity;
    if (entity !== undefined && isKnown(entity)) return;
    report({
      file,
      field,
      message: `${mechanism} relies on the recipient's own certification: give legalEntity: { name: …, country: … } as it appears on the Data Privacy Framework list (dataprivacyframework.gov), or rely on another mechanism.`,
    });
  }),
});

/** The mechanisms of a transfer that cover EU data and are a safeguard of their own (not the DPF). */
const euFallbacks = (input: ContentInput, mechanisms: readonly string[]): string[] =>
  mechanisms.filter(
    (m) =>
      m !== 'dpf' && m !== 'adequacy' && m !== 'derogation' && covered(input, m).includes('eu'),
  );

export const dpfWithoutFallback = rule({
  id: 'dpf-without-fallback',
  level: 'warning',
  reason:
    'While a case against the EU-US adequacy decision is pending, a US transfer resting on the Data Privacy Framework alone has nothing to fall back on if the Court annuls it, as it did the Privacy Shield; many lists name SCCs beside it.',
  law: 'Commission Implementing Decision (EU) 2023/1795; Case C-703/25 P',
  stage: 'content',
  check: (input, report) => {
    if (!input.source.organization.regimes.includes('eu')) return;
    eachTransfer(({ id, file, transfer, field }, r) => {
      if (!input.listed(id) || !isKnown(transfer.mechanisms)) return;
      if (!transfer.mechanisms.includes('dpf')) return;
      const decision = decisionOn('eu', transfer.country, input.today);
      if (decision?.requires !== 'dpf') return;
      const cases = pendingChallenges(decision, input.today);
      if (cases.length === 0 || euFallbacks(input, transfer.mechanisms).length > 0) return;
      r({
        file,
        field: `${field}.mechanisms`,
        message: `the transfer to ${name(transfer.country)} (${transfer.country}) rests on the EU-US Data Privacy Framework alone, while ${cases.map((c) => `${c.name} (${c.case})`).join(' and ')} is pending against ${decision.instrument.number}: if the contract has standard clauses to fall back on, add scc with sccModule.`,
      });
    })(input, report);
  },
});

export const sccImporterSubjectToGdpr = rule({
  id: 'scc-importer-subject-to-gdpr',
  level: 'warning',
  reason:
    "The 2021 SCCs are not designed for an importer whose processing is itself subject to the GDPR under Art. 3(2), and the Commission's clauses for that case are not adopted.",
  law: 'Commission Implementing Decision (EU) 2021/914, recital 7',
  stage: 'content',
  check: (input, report) =>
    eachTransfer(({ id, file, transfer, field }, r) => {
      if (!input.listed(id) || !input.source.organization.regimes.includes('eu')) return;
      if (transfer.importerSubjectToGdpr !== true) return;
      if (!isKnown(transfer.mechanisms) || !transfer.mechanisms.includes('scc')) return;
      const clauses = lawMechanism('scc-gdpr-importer');
      r({
        file,
        field: `${field}.importerSubjectToGdpr`,
        message:
          clauses?.status === 'adopted' && clauses.instrument
            ? `the importer is subject to the GDPR under Art. 3(2): the clauses for that case are ${clauses.instrument.number}; name them instead of scc.`
            : `the importer is subject to the GDPR under Art. 3(2), and the 2021 SCCs are not designed for that (recital 7 of Decision 2021/914); the Commission's clauses for this case are ${clauses?.status === 'draft' ? 'a draft' : 'not adopted'} (law tables of ${lawTableVersion}): say in note what the transfer rests on, e.g. the importer's own GDPR duties under the Art. 28 contract.`,
      });
    })(input, report),
});

export const bcrProcessorScope = rule({
  id: 'bcr-processor-scope',
  level: 'warning',
  reason:
    "Processor BCRs cover transfers inside the processor's group: a transfer from the publisher to a group member outside the EEA is not one, and needs SCCs (EDPB Recommendations 1/2026, a draft).",
  law: 'GDPR Art. 47; EDPB Recommendations 1/2026 (draft)',
  stage: 'content',
  check: (input, report) => {
    const recommendations = lawMechanism('bcr')?.guidance?.find(
      (g) => g.id === 'edpb-recommendations-2026-01',
    );
    if (!recommendations || !input.source.organization.regimes.includes('eu')) return;
    for (const { id, file, data } of input.source.processors) {
      if (!input.listed(id)) continue;
      if (data.role !== 'processor' && data.role !== 'sub-processor') continue;
      const entity = data.legalEntity;
      if (entity === undefined || !isKnown(entity)) continue;
      const country = entity.country;
      if (!isKnown(country)) continue;
      // An entity in the EEA, or in a country whose decision covers it, passes our data on inside
      // its group: what processor BCRs are for.
      if (insideEea(country)) continue;
      const entityDecision = decisionOn('eu', country, input.today);
      if (entityDecision && entityDecision.requires === undefined) continue;
      data.transfers.forEach((transfer, t) => {
        if (!isKnown(transfer.mechanisms) || !transfer.mechanisms.includes('bcr')) return;
        if (euFallbacks(input, transfer.mechanisms).some((m) => m !== 'bcr')) return;
        // A destination every recipient there is covered in needs no BCRs at all.
        const decision = decisionOn('eu', transfer.country, input.today);
        if (decision && decision.requires === undefined) return;
        report({
          file,
          field: `transfers[${t}].mechanisms`,
          message: `${entity.name}, the entity our data goes to, is in ${name(country)}, outside the EEA: its processor BCRs cover transfers inside its group, not ours to it (EDPB Recommendations 1/2026, ${recommendations.status === 'draft' ? `a draft of ${recommendations.published}` : recommendations.published}): add scc with sccModule if the contract has them.`,
        });
      });
    }
  },
});
