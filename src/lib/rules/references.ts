/** Rules on references between files: products, processors and vocabulary codes must exist. */
import { isKnown, knownList } from '../../core/disclosure';
import { didYouMean } from '../../core/suggest';
import type { VocabularyName } from '../../core/vocabulary';
import { rule } from './rule';

const VOCABULARY_WORDS: Record<VocabularyName, string> = {
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

export const unknownProduct = rule({
  id: 'unknown-product',
  level: 'error',
  locked: true,
  reason: 'A processor or change names a product that has no file in content/products/.',
  stage: 'references',
  check: ({ source }, report) => {
    const ids = new Set(source.products.map((p) => p.id));
    const check = (file: string, field: string, id: string) => {
      if (ids.has(id)) return;
      const how = 'Write the file name of a product in content/products/ or add that product.';
      report({ file, field, message: unknown('product', id, ids, how) });
    };
    for (const { file, data } of source.processors) {
      data.products.forEach((id, i) => check(file, `products[${i}]`, id));
    }
    for (const { file, data } of source.changes) {
      data.products.forEach((id, i) => check(file, `products[${i}]`, id));
    }
  },
});

export const unknownCode = rule({
  id: 'unknown-code',
  level: 'error',
  locked: true,
  reason:
    'Every purpose, data category, data subject, mechanism and certification is a code of a vocabulary.',
  stage: 'references',
  check: ({ source }, report) => {
    const check = (file: string, field: string, vocabulary: VocabularyName, code: string) => {
      const terms = source.vocabularies[vocabulary];
      if (terms.has(code)) return;
      const how = `Use a built-in code or add it to content/vocabulary/${vocabulary}.yaml.`;
      report({
        file,
        field,
        message: unknown(VOCABULARY_WORDS[vocabulary], code, terms.keys(), how),
      });
    };
    source.organization.certifications.forEach((code, i) =>
      check(
        source.organizationFile ?? 'content/organization.yaml',
        `certifications[${i}]`,
        'certifications',
        code,
      ),
    );
    for (const { file, data } of source.processors) {
      data.certifications.forEach((code, i) =>
        check(file, `certifications[${i}]`, 'certifications', code),
      );
      data.activities.forEach((activity, a) => {
        const at = `activities[${a}]`;
        if (isKnown(activity.purpose)) check(file, `${at}.purpose`, 'purposes', activity.purpose);
        knownList(activity.dataCategories).forEach((code, i) =>
          check(file, `${at}.dataCategories[${i}]`, 'dataCategories', code),
        );
        knownList(activity.dataSubjects).forEach((code, i) =>
          check(file, `${at}.dataSubjects[${i}]`, 'dataSubjects', code),
        );
      });
      data.transfers.forEach((transfer, t) =>
        knownList(transfer.mechanisms).forEach((code, i) =>
          check(file, `transfers[${t}].mechanisms[${i}]`, 'transferMechanisms', code),
        ),
      );
    }
  },
});

export const unknownProcessor = rule({
  id: 'unknown-processor',
  level: 'error',
  locked: true,
  reason:
    "A change, or a link of a vendor's chain, names a processor that has no file in content/processors/.",
  stage: 'references',
  check: ({ source }, report) => {
    const ids = new Set(source.processors.map((p) => p.id));
    const check = (file: string, field: string, id: string) => {
      if (ids.has(id)) return;
      const how =
        'Write the file name of a processor in content/processors/ without its extension.';
      report({ file, field, message: unknown('processor', id, ids, how) });
    };
    for (const { file, data } of source.changes) {
      data.processors.forEach((id, i) => check(file, `processors[${i}]`, id));
      data.replaces?.forEach((id, i) => check(file, `replaces[${i}]`, id));
    }
    for (const { file, data } of source.processors)
      data.chain?.links.forEach((link, i) => {
        if ('processor' in link) check(file, `chain.links[${i}].processor`, link.processor);
      });
  },
});
