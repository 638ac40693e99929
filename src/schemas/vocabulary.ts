/** Terms a maintainer adds to a built-in vocabulary: content/vocabulary/<vocabulary>.yaml. */
import { z } from 'astro/zod';
import { LOCALES } from '../i18n';
import { VOCABULARY_NAMES } from '../core/vocabulary';
import { REGIMES } from '../core/regimes';
import { httpUrl, oneOf, text, vocabularyCode } from './common';

export const vocabularySchema = z.strictObject({
  /** The vocabulary these terms extend. */
  vocabulary: oneOf(VOCABULARY_NAMES, 'vocabulary name'),
  terms: z.array(
    z.strictObject({
      /** The code authors write. */
      code: vocabularyCode,
      /** Labels per language: English always, the site's other languages where given. */
      label: z
        .partialRecord(
          z.enum(LOCALES, { error: `label a term per language: ${LOCALES.join(', ')}` }),
          text,
        )
        .refine((label) => label.en !== undefined, {
          error: 'give the English label too: label: { en: …, nl: … }',
        })
        .transform((label) => label as { en: string } & typeof label),
      /** The W3C DPV IRI, if one exists. */
      iri: httpUrl.optional(),
      /** Special-category (Art. 9) or criminal (Art. 10) data. */
      special: z.boolean().optional(),
      /** For a transfer mechanism: the laws whose data it covers (eu, uk, ch); all when left out. */
      regimes: z.array(oneOf(REGIMES, 'data protection regime')).min(1).optional(),
    }),
  ),
});

export type VocabularyData = z.infer<typeof vocabularySchema>;
