/**
 * The facts of subprocessors.json as the content writes them: a gap as `not-stated` or
 * `{ notDisclosed: note }`, a retention as its period and event, a transfer as its entry, a chain
 * as its links. The spreadsheets' JSON columns hold these, and npm run import writes them back,
 * so one function does each, both ways.
 */
import type { ExportProcessor } from '../../../schemas/export';

type Json = Record<string, unknown>;
type Activity = ExportProcessor['activities'][number];
type Transfer = ExportProcessor['transfers'][number];

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Drops the keys whose value is undefined, so the YAML holds what the JSON held. */
export const defined = (object: Json): Json =>
  Object.fromEntries(Object.entries(object).filter(([, value]) => value !== undefined));

/** A gap of the JSON (`{ notStated: true, note }`) as the content writes it, or undefined for a value. */
export function contentGap(value: unknown): unknown {
  if (!isObject(value)) return undefined;
  const note = typeof value['note'] === 'string' ? value['note'] : undefined;
  if (value['notDisclosed'] === true) return note ? { notDisclosed: note } : 'not-disclosed';
  if (value['notStated'] === true) return note ? { notStated: note } : 'not-stated';
  return undefined;
}

/** A fact as the content writes it: the gap, or `read` of the value. */
export const contentFact = <T>(value: unknown, read: (value: T) => unknown): unknown =>
  contentGap(value) ?? read(value as T);

/** An activity's retention as the content writes it. */
export function contentRetention(retention: Activity['retention']): unknown {
  if (retention.specified)
    return defined({
      period: retention.period,
      upTo: retention.upTo,
      after: retention.after,
      basis: retention.basis,
      note: retention.note,
    });
  const gap = retention.gap === 'not-stated' ? 'notStated' : 'notDisclosed';
  return retention.note
    ? { [gap]: retention.note }
    : retention.gap === 'not-stated'
      ? 'not-stated'
      : 'not-disclosed';
}

/**
 * A transfer of the JSON as the content's entry, mechanisms as `code` gives them; undefined for
 * a transfer the list derived from a location alone (no entry of the content).
 */
export function contentTransfer(
  transfer: Transfer,
  code: (terms: Extract<Transfer['mechanisms'], unknown[]>) => unknown = (terms) =>
    terms.map((m) => m.code),
): Json | undefined {
  if (Array.isArray(transfer.mechanisms) && transfer.mechanisms.length === 0) return undefined;
  return defined({
    country: transfer.country,
    mechanisms: contentFact(transfer.mechanisms, code),
    sccModule: isObject(transfer.sccModule) ? 'not-stated' : transfer.sccModule,
    dpfVerifiedOn: transfer.dpfVerifiedOn,
    justification: transfer.justification,
    note: transfer.note,
  });
}

/** The vendor's sub-processors as the content writes them: a link to a recipient of the list, or the party. */
export const contentChain = (chain: NonNullable<ExportProcessor['chain']>): Json => ({
  checkedOn: chain.checkedOn,
  links: chain.links.map((link) =>
    link.processor
      ? defined({ processor: link.processor, purpose: link.purpose })
      : defined({
          name: link.name,
          legalEntity: link.legalEntity,
          countries: link.countries.map((c) => c.country),
          purpose: link.purpose,
        }),
  ),
});
