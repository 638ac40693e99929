// npm run watch: reads the own sub-processor list of every recipient that gives one
// (subprocessorListUrl), compares it with the last snapshot (content/watch/<id>.json) and with
// the chain in the recipient's file, keeps the new snapshot, and reports what needs a person.
// Exit status: 0 nothing needs a person, 1 something does (a change, a gap), 2 wrong use.
//
//   npm run watch -- [--only <id> ...] [--apply] [--json] [--timeout SECONDS] [--max-mb MB]
//
// --apply (after a person has read the report) fetches nothing: it writes the chain the last
// read shows into each processor's file (links removed, countries and new links added,
// chain.checkedOn today once nothing is left to the person) and scaffolds the change that
// announces new links. Without it, only content/watch/ is written.
//
// When something needs a person, the report also goes to the privacy team: by e-mail to
// REGISTRY_WATCH_EMAIL (addresses; SMTP_HOST, SMTP_PORT, SMTP_USER, SMTP_PASSWORD, SMTP_FROM as for
// notify) and to the webhooks of REGISTRY_WATCH_WEBHOOKS (slack: or teams: before a URL).
//
// See README, "Watching vendors' lists".
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { buildDate } from '../src/core/dates';
import { ContentError, formatProblems } from '../src/core/problems';
import { appliedChain, chainChangeScaffold } from '../src/lib/authoring/watch-apply';
import { replaceInside, writeInside } from '../src/lib/authoring/write';
import { contentDir } from '../src/lib/load/content-dir';
import { readContent } from '../src/lib/load/read-files';
import { buildRegistry } from '../src/lib/pipeline';
import { DEFAULT_LIMITS, onePerHost } from '../src/lib/watch/fetch';
import { teamMessage, teamWebhookBody } from '../src/lib/notify/team';
import { smtpSender, smtpSettings } from '../src/lib/notify/transport';
import { post, webhooksFrom } from '../src/lib/notify/webhooks';
import { watchReport } from '../src/lib/watch/report';
import { pendingFromSnapshot, watchVendor, type Vendor } from '../src/lib/watch/watch';

function usage(message: string): never {
  console.error(`npm run watch: ${message}`);
  process.exit(2);
}

let values: {
  only?: string[];
  apply?: boolean;
  json?: boolean;
  timeout?: string;
  'max-mb'?: string;
};
try {
  ({ values } = parseArgs({
    options: {
      only: { type: 'string', multiple: true },
      apply: { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
      timeout: { type: 'string' },
      'max-mb': { type: 'string' },
    },
  }));
} catch (error) {
  usage((error as Error).message);
}
const positive = (given: string | undefined, option: string): number | undefined => {
  if (given === undefined) return undefined;
  const n = Number(given);
  if (!(n > 0)) usage(`--${option} takes a number above 0, not "${given}"`);
  return n;
};
const limits = {
  ...DEFAULT_LIMITS,
  ...(values.timeout ? { timeoutMs: positive(values.timeout, 'timeout')! * 1000 } : {}),
  ...(values['max-mb'] ? { maxBytes: positive(values['max-mb'], 'max-mb')! * 1024 * 1024 } : {}),
};

const dir = contentDir();
const today = buildDate();
const { source, releases, problems } = await readContent(dir);
if (!source || problems.some((p) => p.level === 'error')) {
  console.error(
    `npm run watch: the content has errors; nothing was fetched.\n${formatProblems(problems)}`,
  );
  process.exit(1);
}
let onList: Set<string>;
try {
  const registry = buildRegistry(
    source,
    today,
    releases.map((r) => r.release),
  );
  onList = new Set(
    registry.processors
      .filter((p) => p.status.status === 'active' || p.status.status === 'upcoming')
      .map((p) => p.id),
  );
} catch (error) {
  if (error instanceof ContentError) {
    console.error(`npm run watch: the content has errors; nothing was fetched.\n${error.message}`);
    process.exit(1);
  }
  throw error;
}

const known = new Set(source.processors.map((p) => p.id));
for (const id of values.only ?? [])
  if (!known.has(id)) usage(`--only ${id}: no recipient has that file name in content/processors/`);
const vendors: Vendor[] = source.processors.flatMap(({ id, data }) =>
  // An address, not the words not-stated or not-disclosed.
  typeof data.subprocessorListUrl === 'string' &&
  /^https?:\/\//.test(data.subprocessorListUrl) &&
  onList.has(id) &&
  (!values.only || values.only.includes(id))
    ? [{ id, data, url: data.subprocessorListUrl }]
    : [],
);
const previous = new Map((source.watch ?? []).map(({ id, data }) => [id, data]));
const processors = new Map(source.processors.map(({ id, data }) => [id, data]));
// SOURCE_DATE_EPOCH fixes the clock, as for the build and the send ledger.
const epoch = process.env['SOURCE_DATE_EPOCH'];
const now = () => (epoch ? new Date(Number(epoch) * 1000) : new Date());

// --apply: the chains the last reads show (the ones the person's report came from; nothing is
// fetched again), and the changes that announce new links. Exit 1 while anything is left to a person.
if (values.apply) {
  const applied: string[] = [];
  let left = 0;
  const notice = source.organization.noticePeriodDays;
  for (const vendor of vendors) {
    const processor = source.processors.find((p) => p.id === vendor.id)!;
    const file = path.relative(dir, path.resolve(processor.file));
    const pending = pendingFromSnapshot(vendor, previous.get(vendor.id), processors);
    if (pending.gap) {
      applied.push(`${file}: nothing applied: ${pending.gap}`);
      left += 1;
      continue;
    }
    const result = appliedChain(file, readFileSync(path.join(dir, file), 'utf8'), pending, today);
    if (result.text !== undefined) {
      try {
        replaceInside(dir, file, result.text);
        applied.push(...result.changes.map((change) => `${file}: ${change}`));
      } catch (error) {
        result.left.push(`not written: ${(error as Error).message}`);
        result.added = [];
      }
    }
    applied.push(...result.left.map((what) => `${file}: left to you: ${what}`));
    left += result.left.length;
    if (result.added.length > 0) {
      const change = chainChangeScaffold({
        today,
        noticePeriodDays: typeof notice === 'number' ? notice : 0,
        processor: { id: vendor.id, name: processor.data.name, products: processor.data.products },
        added: result.added,
      });
      const [written] = writeInside(dir, new Map([[change.file, change.text]]));
      applied.push(
        written?.written
          ? `${change.file}: written, to announce the new links; fill in its reason (npm run check names it)`
          : `${change.file}: not written (${written && !written.written ? written.reason : 'unknown'}): announce the new links by hand`,
      );
    }
  }
  console.log(
    applied.length > 0
      ? `Applied (--apply), from the last reads in content/watch/:\n${applied.map((line) => `  ${line}`).join('\n')}`
      : 'Applied (--apply): nothing to write.',
  );
  process.exit(left > 0 ? 1 : 0);
}

const reports = await onePerHost(
  vendors,
  (vendor) => new URL(vendor.url).host,
  async (vendor) => {
    const report = await watchVendor(vendor, previous.get(vendor.id), {
      processors,
      now: now(),
      limits,
    });
    // Each snapshot whole, as soon as it is known: a run stopped midway leaves each file old or new.
    replaceInside(dir, `watch/${vendor.id}.json`, `${JSON.stringify(report.snapshot, null, 2)}\n`);
    return report;
  },
);

// The team's copy, where something needs a person.
const report = watchReport(reports);
const summary = report.split('\n').at(-1)!;
const told: string[] = [];
if (reports.some((r) => r.needsPerson)) {
  const emailTo = process.env['REGISTRY_WATCH_EMAIL'];
  if (emailTo) {
    try {
      const sender = await smtpSender(smtpSettings(process.env));
      try {
        await sender.deliver(
          teamMessage({ to: emailTo, subject: `Vendor lists: ${summary}`, report, now: now() }),
        );
        told.push(`e-mailed to ${emailTo}`);
      } finally {
        sender.close();
      }
    } catch (error) {
      told.push(`NOT e-mailed to ${emailTo}: ${(error as Error).message}`);
    }
  }
  let hooks: ReturnType<typeof webhooksFrom> = [];
  try {
    hooks = webhooksFrom(process.env['REGISTRY_WATCH_WEBHOOKS']);
  } catch (error) {
    told.push(
      `no webhook posted: ${(error as Error).message.replace('REGISTRY_WEBHOOKS', 'REGISTRY_WATCH_WEBHOOKS')}`,
    );
  }
  for (const hook of hooks) {
    const failed = await post(hook, [teamWebhookBody(hook, summary, report)]);
    const where = new URL(hook.url).host;
    told.push(
      failed
        ? `NOT posted to the webhook at ${where}: ${failed}`
        : `posted to the webhook at ${where}`,
    );
  }
}

if (values.json)
  console.log(
    JSON.stringify(
      reports.map(({ snapshot, ...report }) => ({ ...report, readAt: snapshot.readAt })),
      null,
      2,
    ),
  );
else console.log(report);
if (told.length > 0) console.log(`\nThe report was ${told.join('; ')}.`);
process.exitCode = reports.some((r) => r.needsPerson) ? 1 : 0;
