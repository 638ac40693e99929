/** The watch's report for a person: per vendor, what changed and what to do; and its summary line. */
import type { WatchedEntry } from '../../schemas/watch';
import { isEmptyDiff } from './compare';
import type { VendorReport } from './watch';

const placesText = (entry: WatchedEntry) =>
  entry.places.length > 0 ? entry.places.join(', ') : 'no place given';

const described = (entry: WatchedEntry) =>
  `${entry.name}${entry.entity ? ` (${entry.entity})` : ''}: ${placesText(entry)}${entry.purpose ? `; ${entry.purpose.split('\n')[0]}` : ''}${entry.status ? ` [${entry.status}]` : ''}`;

/** One vendor's lines: a heading, then what needs a person, then notes. */
export function vendorLines(report: VendorReport): string[] {
  const lines = [`${report.name} (${report.id}): ${report.url}`];
  if (report.gap) {
    lines.push(
      `  GAP: could not read the list: ${report.gap}.`,
      report.first
        ? '  It was never read: nothing is known of this vendor’s sub-processors.'
        : `  The last read (${report.snapshot.readAt}) is kept; it is not evidence of today’s list.`,
    );
    return lines;
  }
  const how = report.via === 'discovery' ? 'its discovery document' : 'the address';
  if (report.first)
    lines.push(`  First read, through ${how}: ${report.entries} entries, kept as the snapshot.`);
  else if (report.diff && isEmptyDiff(report.diff))
    lines.push(
      report.layoutOnly
        ? `  Unchanged: ${report.entries} entries (the page's layout changed, its entries did not).`
        : `  Unchanged: ${report.entries} entries.`,
    );
  const diff = report.diff;
  if (diff) {
    for (const entry of diff.added) lines.push(`  ADDED: ${described(entry)}`);
    for (const entry of diff.removed) lines.push(`  REMOVED: ${described(entry)}`);
    for (const { name, places } of diff.placesAdded)
      lines.push(`  NEW PLACES: ${name}: ${places.join(', ')}`);
    for (const change of diff.changed)
      lines.push(`  CHANGED: ${change.name}: ${change.field} "${change.from}" → "${change.to}"`);
  }
  for (const finding of report.chain) lines.push(`  CHAIN: ${finding.message}`);
  if (report.newUnchained.length > 0)
    lines.push(
      `  To decide: ${report.newUnchained.map((e) => e.name).join(', ')} came onto the list after the chain was last checked, and no chain link names ${report.newUnchained.length === 1 ? 'it' : 'them'}: if ${report.newUnchained.length === 1 ? 'it handles' : 'they handle'} our data, add ${report.newUnchained.length === 1 ? 'it' : 'them'} to chain.links (npm run watch -- --apply does, with the countries the list gives).`,
    );
  for (const note of report.notes) lines.push(`  Note: ${note}`);
  return lines;
}

/** The whole report, and a last line that says whether anything needs a person. */
export function watchReport(reports: readonly VendorReport[]): string {
  if (reports.length === 0)
    return 'No recipient has a subprocessorListUrl: there is no vendor list to watch.';
  const needing = reports.filter((r) => r.needsPerson);
  const gaps = reports.filter((r) => r.gap);
  const watched = `${reports.length} vendor list${reports.length === 1 ? '' : 's'}`;
  return [
    ...reports.flatMap((report) => [...vendorLines(report), '']),
    needing.length === 0
      ? `${watched} watched: nothing needs a person.`
      : `${watched} watched: ${needing.length} need${needing.length === 1 ? 's' : ''} a person${gaps.length > 0 ? ` (${gaps.length} could not be read)` : ''}.`,
  ].join('\n');
}
