/**
 * `npm run watch -- --apply`: what a person decided from the watch's report, written into the
 * processor's file: chain.checkedOn today, the links the vendor's list no longer has removed,
 * countries the list gives added to their links, and the entries new on the list added as links
 * (with the countries and purpose the list gives; one without either is left to the person). Where
 * links were added, a change announcing them is scaffolded: a new fourth party handling our
 * customers' data is a change customers are told of. Only the chain is edited.
 */
import { isMap, isSeq, parseDocument, type YAMLMap } from 'yaml';
import { addDays } from '../../core/dates';
import { PLACEHOLDER } from '../../core/placeholder';
import { countryName } from '../../core/countries';
import { processorSchema } from '../../schemas/processor';
import type { WatchedEntry } from '../../schemas/watch';
import type { VendorReport } from '../watch/watch';
import { yamlOf } from './migrate';
import { schemaLine } from './editor';

export interface ChainApplied {
  /** The processor file's new text; undefined where nothing is to be written. */
  text: string | undefined;
  /** What was changed, for the report. */
  changes: string[];
  /** What was left to the person, and why. */
  left: string[];
  /** The links added, for the change to announce them. */
  added: WatchedEntry[];
}

const countriesOf = (entry: WatchedEntry) => entry.places.filter((p) => /^[A-Z]{2}$/.test(p));

/** The processor file `text` (at `file`, inside content/) with the chain the report shows. */
export function appliedChain(
  file: string,
  text: string,
  report: Pick<VendorReport, 'gap' | 'first' | 'chain' | 'newUnchained'>,
  today: string,
): ChainApplied {
  const result: ChainApplied = { text: undefined, changes: [], left: [], added: [] };
  if (report.gap) return result;
  const parts = yamlOf(text, /\.mdx?$/.test(file));
  const doc = parts ? parseDocument(parts.yaml) : undefined;
  if (!parts || !doc || doc.errors.length > 0 || !isMap(doc.contents)) {
    result.left.push(`${file}: not readable YAML; its chain was not written`);
    return result;
  }
  const chain = doc.get('chain', true) as YAMLMap | undefined;
  const links = chain && isMap(chain) ? chain.get('links', true) : undefined;
  const linkItems = links && isSeq(links) ? links.items : [];

  // The entries new on the list that no link names, with what a link needs.
  const toAdd: WatchedEntry[] = [];
  for (const entry of report.newUnchained) {
    if (countriesOf(entry).length === 0)
      result.left.push(
        `${entry.name}: the list gives no country for it; add it to chain.links by hand if it handles our data`,
      );
    else if (!entry.purpose)
      result.left.push(
        `${entry.name}: the list gives no purpose for it; add it to chain.links by hand if it handles our data`,
      );
    else {
      toAdd.push(entry);
      const regions = entry.places.filter((p) => !/^[A-Z]{2}$/.test(p));
      if (regions.length > 0)
        result.left.push(
          `${entry.name}: the list also gives ${regions.join(', ')}, which a chain link holds only as the countries: add them if you know them`,
        );
    }
  }
  // Removed links, and countries added, by the findings (from the last index down, so each holds).
  // A link to one of our own recipients is never removed here (the list may spell it otherwise),
  // nor every link at once (a list read in part would empty the chain): those are left to a person.
  const removable = report.chain.filter((f) => {
    const item = linkItems[f.index];
    return f.kind === 'not-listed' && isMap(item) && !item.has('processor');
  });
  const removeNone = removable.length > 0 && removable.length === linkItems.length;
  const findings = [...report.chain].sort((a, b) => b.index - a.index);
  for (const finding of findings) {
    const item = linkItems[finding.index];
    if (!isMap(item)) continue;
    if (finding.kind === 'not-listed') {
      if (item.has('processor') || removeNone) {
        result.left.push(
          `chain.links: ${finding.name} is not on the vendor's list as read; ${item.has('processor') ? 'it is one of your recipients, whose name the list may spell otherwise' : 'no link of the chain is, which looks like a list read in part'}: remove it by hand if it is gone`,
        );
        continue;
      }
      linkItems.splice(finding.index, 1);
      result.changes.push(`chain.links: ${finding.name} removed (no longer on the vendor's list)`);
    } else if (finding.kind === 'places' && finding.missing) {
      const countries = item.get('countries', true);
      if (isSeq(countries)) {
        for (const code of finding.missing) countries.add(code);
        result.changes.push(
          `chain.links: ${finding.name}: ${finding.missing.join(', ')} added to its countries`,
        );
      }
    }
  }
  for (const entry of toAdd) {
    const link = {
      name: entry.name,
      ...(entry.entity ? { legalEntity: entry.entity } : {}),
      countries: countriesOf(entry),
      purpose: entry.purpose!.split('\n')[0]!,
    };
    if (links && isSeq(links)) links.add(doc.createNode(link));
    else if (chain && isMap(chain)) chain.set('links', doc.createNode([link]));
    else doc.set('chain', doc.createNode({ checkedOn: today, links: [link] }));
    result.added.push(entry);
    result.changes.push(
      `chain.links: ${entry.name} added (${link.countries.join(', ')}; ${link.purpose})`,
    );
  }
  // The chain counts as checked only when nothing is left to a person.
  if (result.left.length === 0) {
    doc.setIn(['chain', 'checkedOn'], today);
    result.changes.push(`chain.checkedOn: ${today}`);
  } else result.changes.push('chain.checkedOn: kept, as some of the list is left to you (below)');
  if (result.changes.length === 1 && result.left.length > 0 && toAdd.length === 0) return result;
  // The file must still be valid content whatever the vendor's list said.
  const data = doc.toJS() as unknown;
  const valid = processorSchema.safeParse(data);
  if (!valid.success) {
    const issue = valid.error.issues[0];
    result.left.push(
      `the chain the list shows cannot be written (${issue?.path.join('.')}: ${issue?.message}): write it by hand`,
    );
    result.changes = [];
    result.added = [];
    return result;
  }
  result.text = parts.wrap(doc.toString({ lineWidth: 0 }));
  return result;
}

/**
 * The change announcing a vendor's new fourth parties: announced today, in effect when the
 * notice period has run; its reason is left for the person to write.
 */
export function chainChangeScaffold(options: {
  today: string;
  noticePeriodDays: number;
  processor: { id: string; name: string; products: readonly string[] };
  added: readonly WatchedEntry[];
}): { file: string; text: string } {
  const { today, noticePeriodDays, processor, added } = options;
  const effective = addDays(today, noticePeriodDays);
  const names = added
    .map(
      (e) =>
        `${e.name} (${countriesOf(e)
          .map((c) => countryName(c, 'en'))
          .join(', ')})`,
    )
    .join(', ');
  const text = `${schemaLine('change', 1)}
# Scaffolded by npm run watch -- --apply: ${processor.name}'s own list now names ${added.length === 1 ? 'a sub-processor' : 'sub-processors'} that handle our customers' data.
type: changed
processors: [${processor.id}]
announced: ${today}
effective: ${effective}
products: [${processor.products.join(', ')}]
summary: ${JSON.stringify(`${processor.name} uses ${names} for our customers' data.`)}
reason: ${JSON.stringify(`${PLACEHOLDER}: why this is acceptable, or what you do about it`)}
`;
  return { file: `changes/${effective}-${processor.id}-chain.yaml`, text };
}
