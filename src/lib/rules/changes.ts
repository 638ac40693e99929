/** Rules on each change beyond its notice: what it names must fit together. */
import { rule } from './rule';

export const changeProductMismatch = rule({
  id: 'change-product-mismatch',
  level: 'error',
  reason:
    'A change tells the customers of its products: those must be products of the processors it names.',
  stage: 'content',
  check: ({ source }, report) => {
    const productsOf = new Map(source.processors.map(({ id, data }) => [id, data.products]));
    for (const { file, data } of source.changes) {
      const served = new Set(
        [...data.processors, ...(data.replaces ?? [])].flatMap((id) => productsOf.get(id) ?? []),
      );
      data.products.forEach((product, p) => {
        if (productsOf.size === 0 || served.size === 0 || served.has(product)) return;
        report({
          file,
          field: `products[${p}]`,
          message: `"${product}" is not a product of the processors this change names (they serve ${[...served].join(', ')}): correct the change or the processor's products.`,
        });
      });
    }
  },
});

export const listedAfterLogBegan = rule({
  id: 'listed-after-log-began',
  level: 'error',
  locked: true,
  reason:
    'listed records the list as it stood when the change log began; a recipient added later is added, with the notice customers are owed.',
  law: 'GDPR Art. 28(2)',
  stage: 'content',
  check: ({ source }, report) => {
    // The log begins with its earliest entry, whatever its type: a second listed entry a week
    // after the first is as much a recipient added without notice as one after an addition.
    const began = source.changes.map((c) => c.data.announced).sort()[0];
    if (began === undefined) return;
    for (const { file, data } of source.changes) {
      if (data.type !== 'listed' || data.announced <= began) continue;
      report({
        file,
        field: 'type',
        message: `a listed entry dated ${data.announced} comes after the log began on ${began}: write type: added, with the notice period, or date it ${began} if it was on the first list.`,
      });
    }
  },
});
