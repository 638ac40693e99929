/** A vendor's chain (its own sub-processors that touch our data) as every surface shows it. */
import { adequacyOn } from '../../core/countries';
import { insideEea, isRegion, type Region } from '../../core/locations';
import type { LocalText } from '../../core/local-text';
import { entityName, knownCountries } from './disclosure';
import type { ProcessorView, Registry } from './model';

/** One link of a vendor's chain as its page and the downloads show it. */
export interface ChainLinkView {
  name: string;
  /** The recipient in this registry it is, if it is one. */
  processor?: string | undefined;
  legalEntity?: string | undefined;
  /**
   * Its countries, each with what the list itself can say of our data there: `eea`, or
   * `adequate` for a country whose adequacy decision covers every recipient there. Elsewhere
   * `undefined`: the vendor's onward transfer rests on its own safeguards with that party, which
   * the list does not record (the vendor's DPF certification or BCR do not cover a fourth party).
   */
  countries: { country: string; region: Region | undefined }[];
  purpose?: LocalText | undefined;
}

/** What the list can say of our data's place in a country reached through a chain. */
const chainRegion = (country: string, today: string): Region | undefined => {
  if (insideEea(country)) return 'eea';
  const decision = isRegion(country) ? undefined : adequacyOn(country, today);
  return decision && decision.requires === undefined ? 'adequate' : undefined;
};

/** A processor's chain: its own sub-processors that touch our data, as far as recorded. */
export function chainLinks(processor: ProcessorView, registry: Registry): ChainLinkView[] {
  if (!processor.chain) return [];
  return processor.chain.links.map((link) => {
    if (!('processor' in link))
      return {
        name: link.name,
        legalEntity: link.legalEntity,
        countries: link.countries.map((country) => ({
          country,
          region: chainRegion(country, registry.today),
        })),
        purpose: link.purpose,
      };
    // A recipient of this registry: where its activities process or store data, as disclosed.
    const other = registry.processorsById.get(link.processor);
    const countries = [...new Set((other?.activities ?? []).flatMap(knownCountries))];
    return {
      name: other?.name ?? link.processor,
      processor: other ? link.processor : undefined,
      legalEntity: other && entityName(other.legalEntity),
      countries: countries.map((country) => ({
        country,
        region: chainRegion(country, registry.today),
      })),
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
