// npm run notify: e-mails every published change not sent yet to the subscribers who follow it,
// and records each message in the send ledger (content/notices/) before the next. Run it in CI
// after each deploy; commit the ledger. See README, "E-mail notices".
//
//   npm run notify -- [--subscribers FILE] [--dry-run [FOLDER]] [--to ADDRESS]
//
// Subscribers: --subscribers or REGISTRY_SUBSCRIBERS (a CSV: email,language,products).
// SMTP: SMTP_HOST, SMTP_PORT, SMTP_SECURE, SMTP_USER, SMTP_PASSWORD, SMTP_FROM.
// Webhooks: REGISTRY_WEBHOOKS (URLs; slack: or teams: before one for those formats).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { buildDate } from '../src/core/dates';
import { ContentError, formatProblems } from '../src/core/problems';
import { translator } from '../src/i18n';
import { contentDir } from '../src/lib/load/content-dir';
import { readContent } from '../src/lib/load/read-files';
import { buildRegistry } from '../src/lib/pipeline';
import { replaceInside } from '../src/lib/authoring/write';
import type { ChangeView, Registry } from '../src/lib/model/model';
import type { NoticeData } from '../src/schemas/notice';
import { noticeTitles, type Subscriber } from '../src/lib/notify/message';
import { NOTICES_FOLDER, planNotices, sendNotice } from '../src/lib/notify/send';
import { readSubscribers } from '../src/lib/notify/subscribers';
import { emlSender, smtpSender, smtpSettings, type Sender } from '../src/lib/notify/transport';
import { post, webhookBody, webhooksFrom, type Webhook } from '../src/lib/notify/webhooks';

const { values } = parseArgs({
  options: {
    subscribers: { type: 'string' },
    'dry-run': { type: 'boolean', default: false },
    out: { type: 'string' },
    to: { type: 'string' },
  },
  allowPositionals: true,
});

function fail(message: string): never {
  console.error(`npm run notify: ${message}`);
  process.exit(1);
}

const dir = contentDir();
const today = buildDate();
const { source, releases, problems } = await readContent(dir);
if (!source || problems.some((p) => p.level === 'error'))
  fail(`the content has errors; nothing was sent.\n${formatProblems(problems)}`);
let registry: Registry;
try {
  registry = buildRegistry(
    source,
    today,
    releases.map((r) => r.release),
  );
} catch (error) {
  if (error instanceof ContentError)
    fail(`the content has errors; nothing was sent.\n${error.message}`);
  throw error;
}
const org = registry.organization;
const from = org.emailNotices?.from;
if (from === undefined)
  fail(
    'set emailNotices: { from: YYYY-MM-DD } in organization.yaml: changes announced on or after that day are e-mailed (today, for a list that starts e-mail notices now).',
  );
const site = new URL(org.siteUrl);
// SOURCE_DATE_EPOCH, which fixes the build date, is the clock of the ledger too: a test or a
// rerun of a day's CI job records the day it stands for.
const epoch = process.env['SOURCE_DATE_EPOCH'];
const clock = () => (epoch ? new Date(Number(epoch) * 1000) : new Date());
const dryRun = values['dry-run'];
const testCopy = values.to;

// The subscribers: the whole file is checked before anything is sent.
const listFile = values.subscribers ?? process.env['REGISTRY_SUBSCRIBERS'];
let subscribers: Subscriber[];
if (testCopy) {
  subscribers = [{ address: testCopy, language: org.defaultLocale, products: undefined }];
} else if (listFile) {
  let text: string;
  try {
    text = readFileSync(listFile, 'utf8');
  } catch (error) {
    fail(`cannot read the subscriber list ${listFile}: ${(error as Error).message}`);
  }
  const read = readSubscribers(text, {
    locales: org.locales,
    defaultLocale: org.defaultLocale,
    products: registry.products.map((p) => p.id),
  });
  if (read.problems.length > 0)
    fail(
      `the subscriber list has ${read.problems.length} problem${read.problems.length === 1 ? '' : 's'}; nothing was sent.\n${read.problems
        .map((p) => `  ${listFile}:${p.line}: ${p.column}: ${p.message}`)
        .join('\n')}`,
    );
  subscribers = read.subscribers;
} else if (dryRun) {
  // No list: one sample subscriber per language, following every product.
  subscribers = org.locales.map((language) => ({
    address: `subscriber-${language}@example.invalid`,
    language,
    products: undefined,
  }));
} else {
  fail(
    'give the subscriber list with --subscribers FILE or REGISTRY_SUBSCRIBERS (a CSV: email,language,products).',
  );
}

const notices = planNotices(registry, source.notices ?? [], from);
const record = !dryRun && !testCopy;
let hooks: Webhook[] = [];
try {
  hooks = record ? webhooksFrom(process.env['REGISTRY_WEBHOOKS']) : [];
} catch (error) {
  fail(`${(error as Error).message}; nothing was sent.`);
}
// Notices sent by earlier runs whose webhook failed there: tried again (a URL added later gets
// only the notices sent from then on).
const planned = new Set(notices.map((n) => n.id));
const retries = (source.notices ?? []).filter(
  (n) =>
    !planned.has(n.id) &&
    n.data.webhooks.some((w) => w.sentAt === undefined && hooks.some((h) => h.target === w.target)),
);
if (notices.length === 0 && retries.length === 0) {
  console.log('Every change has been sent; nothing to do.');
  process.exit(0);
}

let sender: Sender;
if (dryRun) {
  const folder = path.resolve(values.out ?? 'notify-dry-run');
  sender = emlSender(
    folder,
    process.env['SMTP_FROM'] ?? `${org.tradeName} <${org.privacyContact}>`,
  );
  console.log(
    `Dry run: writing every message to ${path.relative(process.cwd(), folder)}/; nothing is sent or recorded.`,
  );
} else {
  try {
    sender = await smtpSender(smtpSettings(process.env));
  } catch (error) {
    fail((error as Error).message);
  }
}

let failures = 0;
const t = translator(org.defaultLocale);
const stamp = () =>
  clock()
    .toISOString()
    .replace(/\.\d+Z$/, 'Z');

/** Posts a notice's changes to each webhook that has not taken it, and records the outcome. */
async function postWebhooks(
  id: string,
  changes: readonly ChangeView[],
  ledger: NoticeData,
  fresh: boolean,
) {
  for (const hook of hooks) {
    const known = ledger.webhooks.find((w) => w.target === hook.target);
    if (known?.sentAt !== undefined || (!fresh && known === undefined)) continue;
    const bodies = changes.map((c) => webhookBody(hook, registry, c, site, org.defaultLocale, t));
    const error = await post(hook, bodies);
    const entry = known ?? { target: hook.target };
    if (!known) ledger.webhooks.push(entry);
    if (error) {
      failures += 1;
      entry.failedAt = stamp();
      console.error(
        `  webhook ${hook.kind} #${hook.target.slice(0, 8)} failed after 3 tries: ${error}`,
      );
    } else {
      delete entry.failedAt;
      entry.sentAt = stamp();
      console.log(`  webhook ${hook.kind} #${hook.target.slice(0, 8)}: posted`);
    }
    replaceInside(dir, `${NOTICES_FOLDER}/${id}.json`, `${JSON.stringify(ledger, null, 2)}\n`);
  }
}
let total = 0;
try {
  for (const notice of notices) {
    console.log(`Notice ${notice.id}: ${noticeTitles(registry, notice.changes)}`);
    const result = await sendNotice({
      registry,
      notice,
      subscribers,
      site,
      deliver: sender.deliver,
      contentDir: record ? dir : undefined,
      now: clock,
      log: (line) => console.log(line),
    });
    total += result.sent;
    await postWebhooks(notice.id, notice.changes, result.record, true);
  }
  for (const earlier of retries) {
    console.log(`Notice ${earlier.id}: webhooks that failed before`);
    const byId = new Map(registry.changes.map((c) => [c.id, c]));
    const changes = earlier.data.changes.flatMap((id) => (byId.has(id) ? [byId.get(id)!] : []));
    await postWebhooks(earlier.id, changes, structuredClone(earlier.data), false);
  }
} catch (error) {
  sender.close();
  fail(
    `${(error as Error).message}\nWhat was sent before this is recorded in content/${NOTICES_FOLDER}/; run again to go on.`,
  );
}
sender.close();
console.log(
  `${dryRun ? 'Wrote' : 'Sent'} ${total} message${total === 1 ? '' : 's'}.${record ? ` Commit content/${NOTICES_FOLDER}/.` : ''}`,
);
if (failures > 0) process.exit(1);
