/** A scope a processor can serve (an application, the websites, the organisation): content/products/. */
import { z } from 'astro/zod';
import { httpUrl, localText } from './common';

export const productSchema = z.strictObject({
  /** Display name, e.g. "The Klimaatmeter application". */
  name: localText,
  /** One sentence on what the product is and whose data it holds. */
  description: localText,
  /** Where the product lives, if it has a URL. */
  url: httpUrl.optional(),
  /** Position in lists; lower comes first. */
  order: z.int({ error: 'write a whole number, e.g. 1' }).default(100),
});

export type Product = z.infer<typeof productSchema>;
