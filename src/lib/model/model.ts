/** Joins validated content into what pages show: statuses, deadlines, regions and history. */
import { decisionOn, pendingChallenges, type LawChallenge, type LawDecision } from '../../law';
import { isKnown } from '../../core/disclosure';
import {
  approvedForEea,
  atHome,
  isHomeRegion,
  isRegion,
  regionOf,
  type Region,
} from '../../core/locations';
import type { Regime } from '../../core/regimes';
import type { Problem } from '../../core/problems';
import type { Vocabularies } from '../../core/vocabulary';
import type { ChangeData } from '../../schemas/change';
import type { Organization } from '../../schemas/organization';
import type { ProcessorData, Transfer } from '../../schemas/processor';
import type { Product } from '../../schemas/product';
import type { RecordedRelease } from '../../schemas/release';
import type { RegistrySource } from '../load/source';
import { knownCountries, locationsDisclosed } from './disclosure';
import { notifiedDays } from './notified';
import { noObjectionReason, objectionDeadline, objectionOpen, type NoObjection } from './notice';
import { changesByProcessor, statusOf, type ProcessorStatus, type StatusChange } from './status';

export interface ProductView extends Product {
  id: string;
}

/** Where a change stands on the build date. */
export type ChangeState = 'upcoming' | 'in-effect' | 'withdrawn';

export interface ChangeView extends ChangeData {
  id: string;
  file: string;
  /** The last day to object; none where customers have no right to object (see noObjection). */
  objectionDeadline: string | undefined;
  /** Why customers cannot object to this change, if they cannot: a first listing, or no sub-processor concerned. */
  noObjection: NoObjection | undefined;
  /** Customers can still object today. */
  objectionOpen: boolean;
  /** The day its e-mail notice reached every subscriber (content/notices/), if it was e-mailed. */
  notifiedOn: string | undefined;
  /** The effective date has been reached (and the change was not withdrawn). */
  inEffect: boolean;
  state: ChangeState;
}

export interface CountryView {
  country: string;
  region: Region;
  /** The transfer entry that covers this country, if it is outside the EEA and one is given. */
  transfer?: Transfer | undefined;
  /**
   * The adequacy decisions or approvals of the publisher's regimes in force for this destination on
   * the build date (src/law/), each with the challenges pending against it that day.
   */
  decisions: DecisionView[];
}

/** A decision or approval in force for a transfer's destination, as pages and downloads cite it. */
export interface DecisionView {
  decision: LawDecision;
  /**
   * Where it covers a scheme's members only (the DPF, its UK Extension, the Swiss-US DPF): whether
   * this transfer relies on the recipient's membership. Left out where there is no one transfer
   * (a browse page explains the scheme for all its rows).
   */
  scheme?: { mechanism: string; relied: boolean } | undefined;
  /** Cases against it before a court on the build date. */
  challenges: LawChallenge[];
}

export interface ProcessorView extends ProcessorData {
  id: string;
  file: string;
  /** The file has Markdown/MDX notes below its front matter. */
  hasNotes: boolean;
  status: ProcessorStatus;
  /** Every country the processor processes or stores data in, as far as disclosed, with its region. */
  countries: CountryView[];
  /** Every activity's processing and storage countries are known: else the list cannot say where all the data goes. */
  locationsDisclosed: boolean;
  /** Changes concerning this processor, newest first. */
  changes: ChangeView[];
}

export interface Registry {
  /** The build date, YYYY-MM-DD. */
  today: string;
  organization: Organization;
  products: ProductView[];
  /** Every published processor (announced on or before today), by name. */
  processors: ProcessorView[];
  /** Every published change, newest announcement first. */
  changes: ChangeView[];
  /** Changes customers can object to today, soonest deadline first. */
  openChanges: ChangeView[];
  processorsById: ReadonlyMap<string, ProcessorView>;
  vocabularies: Vocabularies;
  /** Frozen releases, newest first, up to the build date. */
  releases: RecordedRelease[];
  /** What the rules found that does not stop the build: warnings, and findings switched off. */
  warnings: readonly Problem[];
}

/**
 * All known locations an activity list touches, in the order they first appear, each with its
 * transfer's region under the publisher's first regime.
 */
function countriesOf(
  data: ProcessorData,
  today: string,
  regimes: readonly Regime[],
): CountryView[] {
  const codes = new Set(data.activities.flatMap(knownCountries));
  for (const transfer of data.transfers) codes.add(transfer.country);
  return [...codes].map((country) => {
    const transfer = data.transfers.find((t) => t.country === country);
    // No entry and no mechanism named are different gaps: the second is a record of not stating it.
    const mechanisms =
      transfer === undefined
        ? []
        : isKnown(transfer.mechanisms)
          ? transfer.mechanisms
          : ('not-stated' as const);
    return {
      country,
      region: regionOf(country, today, mechanisms, regimes[0] ?? 'eu'),
      transfer,
      decisions: decisionsFor(country, today, regimes, mechanisms),
    };
  });
}

/** The decisions of each regime for a destination outside its home, as a transfer there relies on them. */
function decisionsFor(
  country: string,
  today: string,
  regimes: readonly Regime[],
  mechanisms: readonly string[] | 'not-stated',
): DecisionView[] {
  if (isRegion(country)) return [];
  return regimes.flatMap((regime) => {
    // Data at home, or in the EEA a UK or Swiss approval lists wholesale, is cited nowhere.
    if (atHome(country, regime) || approvedForEea(country, regime)) return [];
    const decision = decisionOn(regime, country, today);
    if (!decision) return [];
    const requires = decision.requires;
    return [
      {
        decision,
        scheme:
          requires === undefined
            ? undefined
            : {
                mechanism: requires,
                relied: mechanisms !== 'not-stated' && mechanisms.includes(requires),
              },
        challenges: pendingChallenges(decision, today),
      },
    ];
  });
}

/**
 * A recipient's locations outside the publisher's home (the EEA under the GDPR), each with the
 * transfer entry that covers it: the transfers every surface lists.
 */
export const transfersOutside = (processor: Pick<ProcessorView, 'countries'>): CountryView[] =>
  processor.countries.filter((c) => !isHomeRegion(c.region));

/** A change withdrawn on or before the build date. */
const isWithdrawn = (change: ChangeData, today: string): boolean =>
  change.withdrawn !== undefined && change.withdrawn.on <= today;

/**
 * Joins the collections of content the rules have passed (src/lib/pipeline.ts runs them first):
 * it never checks, and never sees content with errors.
 */
export function joinRegistry(
  source: RegistrySource,
  today: string,
  releases: readonly RecordedRelease[] = [],
  warnings: readonly Problem[] = [],
): Registry {
  const roles = new Map(source.processors.map(({ id, data }) => [id, data.role]));
  const notified = notifiedDays(source.notices ?? []);
  const changes: ChangeView[] = source.changes
    .filter((c) => c.data.announced <= today)
    .map(({ id, file, data }) => {
      const noObjection = noObjectionReason(data, (processorId) => roles.get(processorId));
      const deadline =
        noObjection === undefined ? objectionDeadline(data, source.organization) : undefined;
      const state: ChangeState = isWithdrawn(data, today)
        ? 'withdrawn'
        : data.effective <= today
          ? 'in-effect'
          : 'upcoming';
      return {
        ...data,
        id,
        file,
        objectionDeadline: deadline,
        noObjection,
        notifiedOn: notified.get(id),
        objectionOpen:
          state !== 'withdrawn' &&
          deadline !== undefined &&
          objectionOpen(deadline, data.announced, today),
        inEffect: state === 'in-effect',
        state,
      };
    })
    .sort(
      (a, b) =>
        b.announced.localeCompare(a.announced) ||
        b.effective.localeCompare(a.effective) ||
        a.id.localeCompare(b.id),
    );

  // Index the log by processor once: large registries have tens of thousands of changes.
  const statusChanges = changesByProcessor(
    source.changes.map(({ id, data }): StatusChange => ({
      id,
      ...data,
      withdrawnOn: data.withdrawn?.on,
    })),
  );
  const publishedChanges = changesByProcessor(changes);

  const processors: ProcessorView[] = source.processors
    .map(({ id, file, data, hasNotes }) => ({
      ...data,
      id,
      file,
      hasNotes: hasNotes ?? false,
      status: statusOf(id, statusChanges.get(id) ?? [], today),
      countries: countriesOf(data, today, source.organization.regimes),
      locationsDisclosed: data.activities.every(locationsDisclosed),
      changes: publishedChanges.get(id) ?? [],
    }))
    .filter((p) => p.status.status !== 'unannounced')
    .sort((a, b) => a.name.localeCompare(b.name, 'en') || a.id.localeCompare(b.id));

  const products = source.products
    .map(({ id, data }) => ({ ...data, id }))
    .sort((a, b) => a.order - b.order || a.id.localeCompare(b.id));

  return {
    today,
    organization: source.organization,
    products,
    processors,
    changes,
    openChanges: changes
      .filter((c) => c.objectionOpen)
      .sort((a, b) => (a.objectionDeadline ?? '').localeCompare(b.objectionDeadline ?? '')),
    processorsById: new Map(processors.map((p) => [p.id, p])),
    vocabularies: source.vocabularies,
    releases: releases.filter((r) => r.date <= today),
    warnings,
  };
}
