/** How long a processor keeps data: a structured period, not free text. */
import { z } from 'astro/zod';
import { parse } from 'tinyduration';
import { notDisclosed, notStated, oneOf, localText } from './common';

/** Events a retention period can be counted from. */
export const RETENTION_EVENTS = [
  'collection',
  'deletion-by-user',
  'end-of-contract',
  'account-closure',
  'last-activity',
  'end-of-financial-year',
] as const;

/** An ISO 8601 duration such as `P1Y`, `P45D` or `PT6H`. */
export const isoDuration = z
  .string({ error: 'write an ISO 8601 duration such as P1Y, P45D or PT6H' })
  .superRefine((value, ctx) => {
    try {
      parse(value);
    } catch {
      ctx.addIssue({
        code: 'custom',
        message: `"${value}" is not an ISO 8601 duration: write e.g. P1Y (1 year), P45D (45 days) or PT6H (6 hours)`,
      });
    }
  });

export const retentionSchema = z.union(
  [
    notDisclosed,
    notStated,
    /** The older word for not-stated, still read. */
    z.literal('not-specified'),
    z
      .strictObject({
        /** The retention period, when the vendor states one. */
        period: isoDuration.optional(),
        /** An upper bound, for vague periods such as "a few hours" (PT24H). */
        upTo: isoDuration.optional(),
        /** The event the period is counted from. */
        after: oneOf(RETENTION_EVENTS, 'retention event').optional(),
        /** The legal basis of a retention obligation, e.g. statutory tax retention. */
        basis: localText.optional(),
        /** A short remark shown next to the period. */
        note: localText.optional(),
      })
      .refine((r) => (r.period === undefined) !== (r.upTo === undefined), {
        params: { rule: 'retention-period-or-bound' },
        error:
          'give either period (e.g. P1Y) or upTo (an upper bound such as PT24H), not both and not neither',
      }),
  ],
  {
    error:
      'write retention as { period: P1Y } or { upTo: PT24H }; not-stated where our list does not say; not-disclosed where the vendor does not',
  },
);

export type Retention = z.infer<typeof retentionSchema>;
