/** A vendor's chain (its own sub-processors that touch our data) as every surface shows it. */
import { isEea, regionOf, type Region } from '../../core/countries';
import type { LocalText } from '../../core/local-text';
import { entityName } from './disclosure';
import type { ProcessorView, Registry } from './model';

/** One link of a vendor's chain as its page and the downloads show it. */
export interface ChainLinkView {
  name: string;
  /** The recipient in this registry it is, if it is one. */
  processor?: string | undefined;
  legalEntity?: string | undefined;
  /**
   * Its countries, each with the region of our data's transfer there: under the vendor's own
   * transfer for that country, or (for a recipient of this registry) under its own; `undefined`
   * where the list records no safeguard for it, rather than a guess.
   */
  countries: { country: string; region: Region | undefined }[];
  purpose?: LocalText | undefined;
}

/** A processor's chain: its own sub-processors that touch our data, as far as recorded. */
export function chainLinks(processor: ProcessorView, registry: Registry): ChainLinkView[] {
  if (!processor.chain) return [];
  // Our data reaches a fourth party through the vendor: the vendor's transfer is the one that applies.
  const regionIn = (country: string) => {
    const transfer = processor.transfers.find((t) => t.country === country);
    return isEea(country) || transfer
      ? regionOf(country, registry.today, transfer?.mechanisms ?? [])
      : undefined;
  };
  return processor.chain.links.map((link) => {
    const other = 'processor' in link ? registry.processorsById.get(link.processor) : undefined;
    const countries =
      'processor' in link ? (other?.countries ?? []).map((c) => c.country) : link.countries;
    return {
      name: 'processor' in link ? (other?.name ?? link.processor) : link.name,
      processor: 'processor' in link ? link.processor : undefined,
      legalEntity: 'processor' in link ? other && entityName(other.legalEntity) : link.legalEntity,
      countries: countries.map((country) => ({ country, region: regionIn(country) })),
      purpose: link.purpose,
    };
  });
}

/** A fourth party in a country: a sub-processor of our recipients there, with the recipients it serves. */
export interface FourthParty {
  name: string;
  processor?: string | undefined;
  /** Our recipients whose chain has it, by name. */
  through: ProcessorView[];
}

/**
 * The fourth parties that process our data in a country, through the chains of the recipients on
 * the list (active or upcoming): each once, by name, with the recipients it serves. They are not
 * our processors, and are counted apart from them.
 */
export function fourthPartiesIn(registry: Registry, country: string): FourthParty[] {
  const found = new Map<string, FourthParty>();
  for (const processor of registry.processors) {
    if (processor.status.status !== 'active' && processor.status.status !== 'upcoming') continue;
    for (const link of chainLinks(processor, registry)) {
      if (!link.countries.some((c) => c.country === country)) continue;
      const key = link.processor ?? link.name.toLowerCase();
      const entry = found.get(key) ?? { name: link.name, processor: link.processor, through: [] };
      if (!entry.through.includes(processor)) entry.through.push(processor);
      found.set(key, entry);
    }
  }
  return [...found.values()].sort((a, b) => a.name.localeCompare(b.name));
}
