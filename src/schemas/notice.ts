/**
 * The send ledger: content/notices/<id>.json, written by `npm run notify`, never by hand. One file
 * per notice (the changes announced on one day, sent together), with how far the sending got in
 * each language. It holds no personal data: counts, and a digest of the recipient list.
 */
import { z } from 'astro/zod';
import { LOCALES } from '../i18n';
import { entryId, isoDate, nonEmpty, oneOf } from './common';

/** A moment, as notify records it: an ISO 8601 UTC timestamp. */
const instant = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/, {
  error: 'notice files are written by npm run notify; restore this one from version control',
});
const sha256 = z.string().regex(/^[0-9a-f]{64}$/, {
  error: 'notice files are written by npm run notify; restore this one from version control',
});
const count = z.int().min(0);

export const noticeSchema = z.strictObject({
  /** The day the changes were announced. */
  day: isoDate,
  /** The changes this notice tells of, all announced that day. */
  changes: nonEmpty(entryId, 'change id'),
  /** When the sending began. */
  startedAt: instant,
  /** E-mail, per language: how many subscribers it is for, and how many have been sent. */
  email: z.array(
    z.strictObject({
      language: oneOf(LOCALES, 'language'),
      /** Subscribers of this language who follow a product of one of the changes. */
      recipients: count,
      /** Messages sent, in the order of the digest of each address. */
      sent: count,
      /** sha256 chained over the addresses sent so far, so a resumed run can check it continues the same list. */
      digest: sha256,
      /** Of those sent, how many follow each product. */
      products: z.record(entryId, count),
      /** When the last message went out, once all have. */
      finishedAt: instant.optional(),
    }),
  ),
  /**
   * Webhook deliveries: a digest of each URL (they hold secrets), when it took the notice, or when
   * it last failed to (a later run tries it again).
   */
  webhooks: z
    .array(
      z.strictObject({ target: sha256, sentAt: instant.optional(), failedAt: instant.optional() }),
    )
    .default([]),
});

export type NoticeData = z.infer<typeof noticeSchema>;

/** The day a notice reached every subscriber, if it has: the last language's finish. */
export function noticeFinished(notice: NoticeData): string | undefined {
  if (notice.email.some((e) => e.finishedAt === undefined || e.sent < e.recipients))
    return undefined;
  const last = notice.email
    .map((e) => e.finishedAt!)
    .sort()
    .at(-1);
  return last?.slice(0, 10) ?? notice.startedAt.slice(0, 10);
}
