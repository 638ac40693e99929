/**
 * npm run new -- change: the change file a privacy team fills in. With --adds or --removes it
 * names the processor, its products and a summary, and dates the change from the notice period:
 * announced today, in effect when the period has run.
 */
import { addDays } from '../../core/dates';
import { PLACEHOLDER } from '../../core/placeholder';
import { slugId } from '../../core/slug';
import { schemaLine } from './editor';

/** The processor a change names, as its file gives it. */
export interface NamedProcessor {
  id: string;
  name: string;
  products: readonly string[];
}

export interface ChangeScaffold {
  /** Its path inside content/. */
  file: string;
  text: string;
}

// Quoted as JSON, which YAML reads: a name with a quote or a backslash keeps the file valid.
const fill = (what: string) => JSON.stringify(`${PLACEHOLDER}: ${what}`);
const list = (values: readonly string[]) => `[${values.join(', ')}]`;

/** The change file: for `adds` or `removes` a processor, or blank (`title` only) for any change. */
export function changeScaffold(options: {
  today: string;
  noticePeriodDays: number;
  adds?: NamedProcessor | undefined;
  removes?: NamedProcessor | undefined;
  title?: string | undefined;
  /** The registry's product, if it has just one. */
  onlyProduct?: string | undefined;
}): ChangeScaffold {
  const { today, noticePeriodDays: notice } = options;
  const named = options.adds ?? options.removes;
  const type = options.adds ? 'added' : options.removes ? 'removed' : undefined;
  // Only an addition waits for the notice period (GDPR Art. 28(2)); a removal may take effect at once.
  const effective = type === 'removed' ? today : addDays(today, notice);
  const slug = named ? `${named.id}-${type}` : slugId(options.title ?? 'new-change', 'new-change');
  const namedProducts = named?.products.filter((p) => !p.startsWith(PLACEHOLDER)) ?? [];
  const products =
    namedProducts.length > 0 ? namedProducts : options.onlyProduct ? [options.onlyProduct] : [];
  const text = `${schemaLine('change', 1)}
# A change to the list. Announce a new sub-processor at least ${notice} days ahead (other recipients need no notice).
# added | removed | replaced (then list the processors that stop under replaces) | changed
type: ${type ?? fill('listed (the first list), added, removed, replaced or changed')}
# File names in content/processors/ (create a new processor with npm run new -- processor "Name").
processors: ${named ? list([named.id]) : `[${fill('a processor id')}]`}
# replaces: [old-processor]
announced: ${today}
effective: ${effective}
# objectionDeadline: left out, it is derived from the notice period
products: ${products.length ? list(products) : `[${fill('a product id')}]`}
# Texts in the site's default language, or one per language: { en: …, nl: … }
summary: ${named ? JSON.stringify(`${named.name} is ${type}.`) : fill('one sentence: what changes')}
reason: ${fill(type === 'added' ? `why ${named!.name} is added` : type === 'removed' ? `why ${named!.name} stops` : 'why')}
# emergency: { justification: why this cannot wait for the full notice period }
`;
  return { file: `changes/${effective}-${slug}.yaml`, text };
}
