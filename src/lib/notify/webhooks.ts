/**
 * Webhooks: each change of a notice POSTed as JSON to every URL of REGISTRY_WEBHOOKS. A plain URL
 * gets the change's JSON Feed item (the same as changes.json); `slack:https://…` gets Slack's
 * incoming-webhook body ({ text }), `teams:https://…` a Microsoft Teams message card. A failing
 * URL is tried a bounded number of times and reported; the ledger keeps a digest of each URL that
 * took the notice (the URLs hold secrets), so a rerun posts nothing twice.
 */
import { createHash } from 'node:crypto';
import type { Locale, Translate } from '../../i18n';
import type { ChangeView, Registry } from '../model/model';
import { jsonFeed } from '../outputs/feeds';
import { announcement } from '../words/announcement';

export interface Webhook {
  kind: 'json' | 'slack' | 'teams';
  url: string;
  /** sha256 of the URL as written: what the ledger records. */
  target: string;
}

/** The webhooks of REGISTRY_WEBHOOKS: URLs separated by spaces, commas or line breaks. */
export function webhooksFrom(value: string | undefined): Webhook[] {
  return (value ?? '')
    .split(/[\s,]+/)
    .filter(Boolean)
    .map((entry) => {
      const match = /^(slack|teams):(https?:\/\/.+)$/.exec(entry);
      const kind = (match?.[1] ?? 'json') as Webhook['kind'];
      const url = match?.[2] ?? entry;
      if (!/^https?:\/\//.test(url))
        throw new Error(
          `REGISTRY_WEBHOOKS: "${entry}" is not an http(s) URL (optionally slack: or teams: before it)`,
        );
      return { kind, url, target: createHash('sha256').update(entry).digest('hex') };
    });
}

/** The body posted for one change. */
export function webhookBody(
  hook: Webhook,
  registry: Registry,
  change: ChangeView,
  site: URL,
  locale: Locale,
  t: Translate,
): unknown {
  const text = announcement(registry, change, site, locale, t);
  if (hook.kind === 'slack') return { text: `*<${text.url}|${text.title}>*\n${text.text}` };
  if (hook.kind === 'teams')
    return {
      '@type': 'MessageCard',
      '@context': 'https://schema.org/extensions',
      summary: text.title,
      title: text.title,
      text: text.text.replace(/\n/g, '\n\n'),
      potentialAction: [
        { '@type': 'OpenUri', name: text.title, targets: [{ os: 'default', uri: text.url }] },
      ],
    };
  const feed = JSON.parse(
    jsonFeed(registry, { title: '', path: '/changes', changes: [change] }, site, locale, t),
  ) as { items: unknown[] };
  return feed.items[0];
}

/** POSTs the bodies to one webhook, trying each up to `attempts` times; the error of the last failure, if any. */
export async function post(
  hook: Webhook,
  bodies: readonly unknown[],
  attempts = 3,
  pause = (n: number) => new Promise((resolve) => setTimeout(resolve, 500 * 2 ** n)),
): Promise<string | undefined> {
  for (const body of bodies) {
    let last: string | undefined;
    for (let n = 0; n < attempts; n++) {
      try {
        const response = await fetch(hook.url, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(body),
          signal: AbortSignal.timeout(15_000),
        });
        if (response.ok) {
          last = undefined;
          break;
        }
        last = `HTTP ${response.status}`;
      } catch (error) {
        last = (error as Error).message;
      }
      if (n < attempts - 1) await pause(n);
    }
    if (last !== undefined) return last;
  }
  return undefined;
}
