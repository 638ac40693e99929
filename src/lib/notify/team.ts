/**
 * The watch's report for the privacy team (its own addresses, never the customers'): one e-mail
 * and one webhook post per run that found something needing a person, through the same SMTP
 * transport and webhook kinds as the notices.
 */
import type { Message } from './message';
import type { Webhook } from './webhooks';

const escaped = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The e-mail: the report as text (and as preformatted HTML), to each team address. */
export function teamMessage(options: {
  to: string;
  subject: string;
  report: string;
  now: Date;
}): Message {
  const { to, subject, report, now } = options;
  return {
    to,
    subject,
    text: report,
    html: `<!doctype html><html><body><pre style="white-space: pre-wrap">${escaped(report)}</pre></body></html>`,
    messageId: `<watch-${now.getTime()}@processor-registry.invalid>`,
    headers: { 'Auto-Submitted': 'auto-generated' },
    attachments: [],
  };
}

/** The body a webhook gets: Slack's { text }, a Teams message card, or { summary, report }. */
export function teamWebhookBody(hook: Webhook, summary: string, report: string): unknown {
  if (hook.kind === 'slack') return { text: `*${summary}*\n\`\`\`\n${report}\n\`\`\`` };
  if (hook.kind === 'teams')
    return {
      '@type': 'MessageCard',
      '@context': 'https://schema.org/extensions',
      summary,
      title: summary,
      text: `<pre>${escaped(report)}</pre>`,
    };
  return { summary, report };
}
