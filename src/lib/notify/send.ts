/**
 * Sending the notices: which changes are still to be told, to whom, and the send ledger that
 * records how far each language got, message by message, so a rerun sends nothing twice and a
 * run killed half-way resumes where it stopped. The ledger holds no personal data: counts, and a
 * digest chained over the addresses sent, in a fixed order.
 */
import { createHash } from 'node:crypto';
import { translator, type Locale } from '../../i18n';
import type { Loaded } from '../load/source';
import type { ChangeView, Registry } from '../model/model';
import { noticeFinished, type NoticeData } from '../../schemas/notice';
import { replaceInside } from '../authoring/write';
import { composeMessage, follows, type Message, type Subscriber } from './message';

export const NOTICES_FOLDER = 'notices';

/** One notice: the changes announced on one day, told together. */
export interface PlannedNotice {
  id: string;
  day: string;
  changes: ChangeView[];
  /** Its ledger entry so far, when an earlier run began it. */
  record: NoticeData | undefined;
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
/** The digest of no address at all: where every chain starts. */
export const EMPTY_DIGEST = sha256('');
/** The next link of the chain over the addresses sent. */
export const chain = (digest: string, address: string): string =>
  sha256(`${digest}\n${address.toLowerCase()}`);

/** Subscribers in the order they are sent to: by the digest of their address, the same on every run. */
export const sendingOrder = (subscribers: readonly Subscriber[]): Subscriber[] =>
  [...subscribers].sort((a, b) =>
    sha256(a.address.toLowerCase()).localeCompare(sha256(b.address.toLowerCase())),
  );

/** Whether a change is to be e-mailed at all: published, not the first list, not called off, and announced since e-mail notices began. */
function toTell(change: ChangeView, registry: Registry, from: string): boolean {
  return (
    change.type !== 'listed' &&
    change.state !== 'withdrawn' &&
    change.announced >= from &&
    change.announced <= registry.today
  );
}

/**
 * What is still to be sent: notices an earlier run began and did not finish, then, for each
 * announcement day, the changes of that day no notice has told yet, as one new notice.
 */
export function planNotices(
  registry: Registry,
  ledger: readonly Loaded<NoticeData>[],
  from: string,
): PlannedNotice[] {
  const byId = new Map(registry.changes.map((c) => [c.id, c]));
  const told = new Set(ledger.flatMap((n) => n.data.changes));
  const unfinished = ledger
    .filter((n) => noticeFinished(n.data) === undefined)
    .map((n) => ({
      id: n.id,
      day: n.data.day,
      changes: n.data.changes.flatMap((id) => (byId.has(id) ? [byId.get(id)!] : [])),
      record: n.data,
    }));
  const days = new Map<string, ChangeView[]>();
  for (const change of [...registry.changes].reverse()) {
    if (told.has(change.id) || !toTell(change, registry, from)) continue;
    days.set(change.announced, [...(days.get(change.announced) ?? []), change]);
  }
  const ids = new Set(ledger.map((n) => n.id));
  const fresh = [...days]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([day, changes]) => {
      let id = day;
      for (let n = 2; ids.has(id); n++) id = `${day}-${n}`;
      ids.add(id);
      return { id, day, changes, record: undefined };
    });
  return [...unfinished, ...fresh];
}

export interface SendOptions {
  registry: Registry;
  notice: PlannedNotice;
  subscribers: readonly Subscriber[];
  site: URL;
  /** Delivers one message; throws when the server refuses it. */
  deliver: (message: Message) => Promise<void>;
  /** The content folder to record the ledger in; undefined records nothing (a dry run, a test copy). */
  contentDir: string | undefined;
  now?: () => Date;
  log?: (line: string) => void;
}

/** Recipients of a notice in one language: its subscribers who follow one of its changes, in sending order. */
export const recipientsOf = (
  notice: PlannedNotice,
  subscribers: readonly Subscriber[],
  language: Locale,
): Subscriber[] =>
  sendingOrder(
    subscribers.filter((s) => s.language === language && notice.changes.some((c) => follows(s, c))),
  );

/** Sends one notice to every subscriber it is for, recording each message before the next. */
export async function sendNotice(
  options: SendOptions,
): Promise<{ sent: number; skipped: number; record: NoticeData }> {
  const { registry, notice, subscribers, site, deliver, contentDir } = options;
  const now = options.now ?? (() => new Date());
  const stamp = () =>
    now()
      .toISOString()
      .replace(/\.\d+Z$/, 'Z');
  const record: NoticeData = notice.record
    ? structuredClone(notice.record)
    : {
        day: notice.day,
        changes: notice.changes.map((c) => c.id),
        startedAt: stamp(),
        email: [],
        webhooks: [],
      };
  const file = `${NOTICES_FOLDER}/${notice.id}.json`;
  const save = () => {
    if (contentDir) replaceInside(contentDir, file, `${JSON.stringify(record, null, 2)}\n`);
  };
  let sent = 0;
  let skipped = 0;
  for (const language of registry.organization.locales) {
    const t = translator(language);
    const recipients = recipientsOf(notice, subscribers, language);
    let entry = record.email.find((e) => e.language === language);
    if (!entry) {
      entry = {
        language,
        recipients: recipients.length,
        sent: 0,
        digest: EMPTY_DIGEST,
        products: {},
      };
      record.email.push(entry);
    } else {
      // Resuming: the list must be the one the earlier run began with, or nobody can say who has it.
      const digest = recipients
        .slice(0, entry.sent)
        .reduce((d, s) => chain(d, s.address), EMPTY_DIGEST);
      if (entry.recipients !== recipients.length || digest !== entry.digest)
        throw new Error(
          `notice ${notice.id} (${language}) was sent to ${entry.sent} of ${entry.recipients} subscribers by an earlier run, and the subscriber list has changed since, so it cannot tell who has it: restore the list that run used and run again, or remove ${file} to send it to everyone anew.`,
        );
      skipped += entry.sent;
    }
    save();
    for (const subscriber of recipients.slice(entry.sent)) {
      const changes = notice.changes.filter((c) => follows(subscriber, c));
      await deliver(composeMessage(registry, notice.id, changes, subscriber, site, t));
      entry.sent += 1;
      entry.digest = chain(entry.digest, subscriber.address);
      for (const product of new Set(changes.flatMap((c) => c.products)))
        if (subscriber.products === undefined || subscriber.products.includes(product))
          entry.products[product] = (entry.products[product] ?? 0) + 1;
      sent += 1;
      save();
    }
    entry.finishedAt ??= stamp();
    save();
    options.log?.(`  ${language}: ${entry.sent} of ${entry.recipients} subscribers`);
  }
  return { sent, skipped, record };
}
