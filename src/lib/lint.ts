/**
 * Compliance rules for the content (GDPR transfer and notice rules, completeness). Each problem
 * names the file, the field and what to write instead; errors stop the build, warnings are shown.
 */
import { addDays } from './build-date';
import { EEA, adequacyOn, countryName } from './countries';
import type { RegistrySource } from './model';
import type { Problem } from './problems';
import { changesByProcessor, effectOn, statusOf, type StatusChange } from './status';

const name = (code: string) => countryName(code, 'en');

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

export function lintProblems(source: RegistrySource, today: string): Problem[] {
  const problems: Problem[] = [];
  const add = (level: Problem['level'], file: string, field: string, message: string) =>
    problems.push({ level, file, field, message });
  const seen = new Map<string, string>();
  const yearAgo = addDays(today, -365);

  const log = changesByProcessor(
    source.changes.map(({ id, data }): StatusChange => ({
      id,
      ...data,
      withdrawnOn: data.withdrawn?.on,
    })),
  );
  for (const { id, file, data } of source.processors) {
    const own = log.get(id) ?? [];
    // Completeness matters for processors on the list, not for ones removed or called off.
    const status = statusOf(id, own, today).status;
    const listed = status === 'active' || status === 'upcoming' || status === 'unannounced';
    const warn = (file: string, field: string, message: string) => {
      if (listed) add('warning', file, field, message);
    };
    const key = `${data.name.trim().toLowerCase()}|${data.legalEntity.name.trim().toLowerCase()}`;
    const first = seen.get(key);
    if (first)
      add(
        'error',
        file,
        'name',
        `duplicates ${first} (same name and legal entity): merge the two into one file with several activities.`,
      );
    else seen.set(key, file);

    if (own.length === 0)
      add(
        'warning',
        file,
        'name',
        'no change in content/changes/ names this processor: add the change that announced it, so customers can see when it was added.',
      );
    if (data.role === 'sub-processor' && !data.dpa)
      warn(
        file,
        'dpa',
        'a sub-processor needs a data processing agreement (GDPR Art. 28(4)): add dpa: { title: ..., url: ... }.',
      );
    if (data.role === 'sub-processor' && !data.subprocessorListUrl)
      warn(
        file,
        'subprocessorListUrl',
        "give the vendor's own sub-processor list, so customers can follow the chain (EDPB Opinion 22/2024).",
      );

    const transferCountries = new Set(data.transfers.map((t) => t.country));
    const used = new Set<string>();
    data.activities.forEach((activity, a) => {
      for (const [list, codes] of [
        ['processing', activity.processing],
        ['storage', activity.storage ?? []],
      ] as const) {
        codes.forEach((country, c) => {
          used.add(country);
          if (!EEA.has(country) && !transferCountries.has(country)) {
            add(
              'error',
              file,
              `activities[${a}].${list}[${c}]`,
              `${name(country)} (${country}) is outside the EEA but has no entry under transfers: add - country: ${country} with its mechanisms, e.g. [scc] and sccModule: 3.`,
            );
            transferCountries.add(country); // once per country
          }
        });
      }
      activity.dataCategories.forEach((code, c) => {
        if (
          source.vocabularies.dataCategories.get(code)?.special &&
          !activity.specialCategoryCondition
        ) {
          add(
            'error',
            file,
            `activities[${a}].dataCategories[${c}]`,
            `"${code}" is special-category data (GDPR Art. 9): add specialCategoryCondition to the activity with the Art. 9(2) condition that allows it, e.g. "Art. 9(2)(h): health care".`,
          );
        }
      });
      if (activity.retention === 'not-specified')
        warn(
          file,
          `activities[${a}].retention`,
          'retention is not specified: ask the vendor, or give an upper bound with { upTo: P1Y }.',
        );
    });

    const onDate = transferDate(own, id, today);
    data.transfers.forEach((transfer, t) => {
      const at = `transfers[${t}]`;
      if (EEA.has(transfer.country))
        add(
          'warning',
          file,
          `${at}.country`,
          `${name(transfer.country)} is in the EEA: no transfer mechanism is needed. Remove this entry.`,
        );
      else if (!used.has(transfer.country))
        add(
          'warning',
          file,
          `${at}.country`,
          `no activity processes or stores data in ${name(transfer.country)}: add it to an activity's processing or storage (remote access counts), or remove this entry.`,
        );

      transfer.mechanisms.forEach((mechanism, m) => {
        const field = `${at}.mechanisms[${m}]`;
        if (mechanism === 'adequacy') {
          const decision = adequacyOn(transfer.country, onDate);
          if (transfer.country === 'US')
            add(
              'error',
              file,
              field,
              'for the United States, adequacy covers only organisations certified under the EU-US Data Privacy Framework: write dpf (with dpfVerifiedOn) instead of adequacy.',
            );
          else if (!decision)
            add(
              'error',
              file,
              field,
              `there is no EU adequacy decision for ${name(transfer.country)} in force on ${onDate}: use scc (with sccModule) or another mechanism.`,
            );
        }
        if (mechanism === 'dpf' && transfer.country !== 'US')
          add(
            'error',
            file,
            field,
            `the Data Privacy Framework covers transfers to the United States only, not ${name(transfer.country)}: use adequacy or scc.`,
          );
        if (mechanism === 'derogation') {
          add(
            'warning',
            file,
            field,
            transfer.justification
              ? 'Art. 49 derogations are for occasional, necessary transfers only: make sure the justification still holds, or move to scc.'
              : 'Art. 49 derogations are exceptional: give transfers[].justification explaining which Art. 49(1) ground applies, or use scc.',
          );
        }
      });
      if (transfer.dpfVerifiedOn && transfer.dpfVerifiedOn < yearAgo) {
        warn(
          file,
          `${at}.dpfVerifiedOn`,
          `${transfer.dpfVerifiedOn} is more than 12 months ago: check the recipient on the Data Privacy Framework list (dataprivacyframework.gov) and update the date.`,
        );
      }
      if (transfer.sccModule !== undefined) {
        const expected = data.role === 'sub-processor' ? 3 : 2;
        if (transfer.sccModule !== expected) {
          add(
            'warning',
            file,
            `${at}.sccModule`,
            data.role === 'sub-processor'
              ? `a sub-processor of ours normally signs module 3 (processor to processor), not ${transfer.sccModule}: check the SCCs you signed.`
              : `a processor of data we control normally signs module 2 (controller to processor), not ${transfer.sccModule}: check the SCCs you signed.`,
          );
        }
      }
    });
  }

  const productsOf = new Map(source.processors.map(({ id, data }) => [id, data.products]));
  for (const { file, data } of source.changes) {
    const served = new Set(
      [...data.processors, ...(data.replaces ?? [])].flatMap((id) => productsOf.get(id) ?? []),
    );
    data.products.forEach((product, p) => {
      if (productsOf.size > 0 && served.size > 0 && !served.has(product)) {
        add(
          'error',
          file,
          `products[${p}]`,
          `"${product}" is not a product of the processors this change names (they serve ${[...served].join(', ')}): correct the change or the processor's products.`,
        );
      }
    });
  }
  return problems;
}
