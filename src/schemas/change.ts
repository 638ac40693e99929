/** One announced change to the list: content/changes/. */
import { z } from 'astro/zod';
import { entryId, isoDate, nonEmpty, oneOf, localText } from './common';

/**
 * listed records the list as it stood when the change log began: no notice, no objection window.
 * The others are changes customers are told of.
 */
export const CHANGE_TYPES = ['listed', 'added', 'removed', 'replaced', 'changed'] as const;

export const changeSchema = z
  .strictObject({
    /** listed (on the list when the log began), added, removed, replaced (processors take over from replaces) or changed (same vendor, new facts). */
    type: oneOf(CHANGE_TYPES, 'change type'),
    /** The processors this change adds, removes or changes: file names in content/processors/. */
    processors: nonEmpty(entryId, 'processor id'),
    /** For type replaced: the processors that stop. */
    replaces: z.array(entryId).optional(),
    /** The day customers were told. */
    announced: isoDate,
    /** The day the change takes effect. */
    effective: isoDate,
    /** The last day to object; derived from the notice period when left out. */
    objectionDeadline: isoDate.optional(),
    /** The products affected: file names in content/products/. */
    products: nonEmpty(entryId, 'product id'),
    /** One sentence: what changes. */
    summary: localText,
    /** Why. */
    reason: localText.optional(),
    /** A change that cannot wait for the full notice period, with the reason customers will read. */
    emergency: z
      .strictObject(
        { justification: localText },
        { error: 'write emergency: { justification: why this change cannot wait }' },
      )
      .optional(),
    /** A change called off after it was announced: it stays in the log, marked withdrawn. */
    withdrawn: z
      .strictObject(
        { on: isoDate, reason: localText },
        { error: 'write withdrawn: { on: YYYY-MM-DD, reason: why }' },
      )
      .optional(),
  })
  .refine((c) => c.effective >= c.announced, {
    params: { rule: 'effective-before-announced' },
    error: 'effective must be on or after announced',
    path: ['effective'],
  })
  .refine((c) => c.withdrawn === undefined || c.withdrawn.on >= c.announced, {
    params: { rule: 'withdrawn-before-announced' },
    error: 'withdrawn.on must be on or after announced',
    path: ['withdrawn', 'on'],
  })
  .refine(
    (c) =>
      c.type !== 'listed' ||
      (c.effective === c.announced && c.objectionDeadline === undefined && !c.emergency),
    {
      params: { rule: 'listed-with-notice' },
      error:
        'a listed entry records the list as it stood when the log began: effective is the day it was announced, with no objectionDeadline or emergency. A new recipient is added, with notice.',
      path: ['effective'],
    },
  )
  .refine((c) => (c.type === 'replaced') === (c.replaces !== undefined && c.replaces.length > 0), {
    params: { rule: 'replaced-without-replaces' },
    error: 'list replaces (the processors that stop) exactly when type is replaced',
    path: ['replaces'],
  });

export type ChangeData = z.infer<typeof changeSchema>;
