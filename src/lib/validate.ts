/** Rules that span files: references between entries and codes from the vocabularies. */
import type { ChangeData } from '../schemas/change';
import type { ProcessorData } from '../schemas/processor';
import type { Problem } from './problems';
import { didYouMean, type Vocabularies, type VocabularyName } from './vocabulary';

export interface Loaded<T> {
  id: string;
  /** Path relative to the project root. */
  file: string;
  data: T;
}

export interface RegistryInput {
  productIds: ReadonlySet<string>;
  processors: readonly Loaded<ProcessorData>[];
  changes: readonly Loaded<ChangeData>[];
  vocabularies: Vocabularies;
}

const VOCABULARY_FILES: Record<VocabularyName, string> = {
  dataCategories: 'data category',
  dataSubjects: 'data subject',
  purposes: 'purpose',
  transferMechanisms: 'transfer mechanism',
  certifications: 'certification',
};

function unknown(what: string, value: string, known: Iterable<string>, addHow: string): string {
  const guess = didYouMean(value, known);
  return `"${value}" is not a known ${what}.${guess ? ` Did you mean "${guess}"?` : ''} ${addHow}`;
}

/** Every reference and vocabulary problem in the content, as errors that name file and field. */
export function validateReferences(input: RegistryInput): Problem[] {
  const problems: Problem[] = [];
  const processorIds = new Set(input.processors.map((p) => p.id));

  const checkProduct = (file: string, field: string, id: string) => {
    if (!input.productIds.has(id)) {
      problems.push({
        level: 'error',
        file,
        field,
        message: unknown(
          'product',
          id,
          input.productIds,
          'Write the file name of a product in content/products/ or add that product.',
        ),
      });
    }
  };
  const checkProcessor = (file: string, field: string, id: string) => {
    if (!processorIds.has(id)) {
      problems.push({
        level: 'error',
        file,
        field,
        message: unknown(
          'processor',
          id,
          processorIds,
          'Write the file name of a processor in content/processors/ without its extension.',
        ),
      });
    }
  };
  const checkCode = (file: string, field: string, vocabulary: VocabularyName, code: string) => {
    const terms = input.vocabularies[vocabulary];
    if (!terms.has(code)) {
      problems.push({
        level: 'error',
        file,
        field,
        message: unknown(
          VOCABULARY_FILES[vocabulary],
          code,
          terms.keys(),
          `Use a built-in code or add it to content/vocabulary/${vocabulary}.yaml.`,
        ),
      });
    }
  };

  for (const { file, data } of input.processors) {
    data.products.forEach((id, i) => checkProduct(file, `products[${i}]`, id));
    data.certifications.forEach((code, i) =>
      checkCode(file, `certifications[${i}]`, 'certifications', code),
    );
    data.activities.forEach((activity, a) => {
      const at = `activities[${a}]`;
      checkCode(file, `${at}.purpose`, 'purposes', activity.purpose);
      activity.dataCategories.forEach((code, i) =>
        checkCode(file, `${at}.dataCategories[${i}]`, 'dataCategories', code),
      );
      activity.dataSubjects.forEach((code, i) =>
        checkCode(file, `${at}.dataSubjects[${i}]`, 'dataSubjects', code),
      );
    });
    data.transfers.forEach((transfer, t) =>
      transfer.mechanisms.forEach((code, i) =>
        checkCode(file, `transfers[${t}].mechanisms[${i}]`, 'transferMechanisms', code),
      ),
    );
  }

  for (const { file, data } of input.changes) {
    data.processors.forEach((id, i) => checkProcessor(file, `processors[${i}]`, id));
    data.replaces?.forEach((id, i) => checkProcessor(file, `replaces[${i}]`, id));
    data.products.forEach((id, i) => checkProduct(file, `products[${i}]`, id));
  }
  return problems;
}
