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
