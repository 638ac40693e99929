/**
 * One e-mail notice: the changes of one announcement day that a subscriber follows, in their
 * language, as plain text and HTML written from the same lines, with the changes' calendar
 * events attached and the list headers a mail program needs (RFC 2369, RFC 2919).
 */
import { atSite } from '../../core/site-path';
import { createHash } from 'node:crypto';
import { isKnown, type Unknown } from '../../core/disclosure';
import { localePath } from '../../core/locale-path';
import { textsIn } from '../../core/local-text';
import type { Locale, Translate } from '../../i18n';
import { transfersOutside, type ChangeView, type Registry } from '../model/model';
import { changesCalendar } from '../outputs/calendar';
import { xmlSafe } from '../outputs/text';
import { knownCountries } from '../model/disclosure';
import { noObjectionLine } from '../words/announcement';
import { entityLine, gapText } from '../words/disclosure';
import {
  formatCountries,
  formatDate,
  formatList,
  formatRetention,
  retentionGap,
  termLabel,
  termLabels,
} from '../words/format';
import { objectionMailto } from '../words/mailto';
import { changeTitle, nameOf, productNames } from '../words/names';

export interface Subscriber {
  address: string;
  language: Locale;
  /** Product ids followed; undefined for all of them. */
  products: readonly string[] | undefined;
}

export interface Message {
  to: string;
  subject: string;
  text: string;
  html: string;
  messageId: string;
  headers: Record<string, string>;
  attachments: { filename: string; content: string; contentType: string }[];
}

/** Whether a subscriber follows a change: all products, or one of the change's. */
export const follows = (subscriber: Subscriber, change: ChangeView): boolean =>
  subscriber.products === undefined ||
  change.products.some((p) => subscriber.products!.includes(p));

/** One line of a message: plain text, or a link with its words. */
type Line = string | { text: string; href: string; plain?: string };

const escape = (text: string) => xmlSafe(text).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** What the message says of one change: its headline, what each recipient does, dates, how to object. */
function changeLines(
  registry: Registry,
  change: ChangeView,
  site: URL,
  locale: Locale,
  t: Translate,
): { title: string; lines: Line[] } {
  const text = textsIn(locale, registry.organization.defaultLocale);
  const url = atSite(
    localePath(`/changes/${change.id}/`, locale, registry.organization.defaultLocale),
    site,
  ).href;
  const lines: Line[] = [text(change.summary)];
  for (const id of change.processors) {
    const p = registry.processorsById.get(id);
    if (!p) continue;
    lines.push(
      t('mail.recipient', {
        name: p.name,
        entity: entityLine(p.legalEntity, locale, t, text),
        role: t(`role.${p.role}`),
      }),
    );
    const codes = [
      ...new Set(p.activities.flatMap((a) => (isKnown(a.dataCategories) ? a.dataCategories : []))),
    ];
    // Each gap once in words, beside what is given: never a list that looks complete.
    const gaps = (values: unknown[]) => [
      ...new Set(values.filter((v) => !isKnown(v)).map((v) => gapText(v as Unknown, t, text))),
    ];
    lines.push(
      t('mail.data', {
        data: [
          formatList(termLabels(registry.vocabularies, 'dataCategories', codes, locale), locale),
          ...gaps(p.activities.map((a) => a.dataCategories)),
        ]
          .filter(Boolean)
          .join('; '),
      }),
    );
    const countries = [...new Set(p.activities.flatMap(knownCountries))];
    lines.push(
      t('mail.where', {
        countries: [
          formatCountries(countries, locale),
          ...gaps(p.activities.flatMap((a) => [a.processing, a.storage ?? 'not-stated'])),
        ]
          .filter(Boolean)
          .join('; '),
      }),
    );
    const outside = transfersOutside(p);
    if (outside.length > 0)
      lines.push(
        t('mail.safeguards', {
          safeguards: outside
            .map(
              (c) =>
                `${formatCountries([c.country], locale)}: ${
                  c.transfer && !isKnown(c.transfer.mechanisms)
                    ? gapText(c.transfer.mechanisms, t, text)
                    : formatList(
                        ((c.transfer?.mechanisms as string[] | undefined) ?? []).map((m) =>
                          termLabel(registry.vocabularies, 'transferMechanisms', m, locale),
                        ),
                        locale,
                      )
                } (${t(`region.${c.region}`)})`,
            )
            .join('; '),
        }),
      );
    lines.push(
      t('mail.retention', {
        retention: [
          ...new Set(
            p.activities.map((a) => {
              const gap = retentionGap(a.retention);
              return gap ? gapText(gap, t, text) : formatRetention(a.retention, locale, t);
            }),
          ),
        ].join('; '),
      }),
    );
  }
  lines.push(t('mail.effective', { date: formatDate(change.effective, locale) }));
  if (change.emergency)
    lines.push(t('change.emergency', { justification: text(change.emergency.justification) }));
  if (change.objectionDeadline !== undefined && change.noObjection === undefined)
    lines.push({
      text: t('mail.deadline', {
        date: formatDate(change.objectionDeadline, locale),
        mailto: t('mail.object'),
      }),
      href: objectionMailto(registry, change, url, locale, t),
      // A mailto is unreadable as text: the plain part names the address instead.
      plain: t('mail.deadlineText', {
        date: formatDate(change.objectionDeadline, locale),
        address: registry.organization.objectionAddress,
      }),
    });
  else lines.push(noObjectionLine(change, registry, t));
  lines.push({ text: t('mail.details', { url }), href: url });
  return { title: changeTitle(registry, change, locale, t), lines };
}

/** The id of a message: the same for a notice and a subscriber on every run, so a resend is recognisable. */
export function messageId(noticeId: string, address: string, site: URL): string {
  const digest = createHash('sha256')
    .update(`${noticeId}\u0000${address.toLowerCase()}`)
    .digest('hex')
    .slice(0, 32);
  return `<${noticeId}.${digest}@${site.host}>`;
}

/** The e-mail telling `subscriber` of the `changes` of notice `noticeId` they follow. */
export function composeMessage(
  registry: Registry,
  noticeId: string,
  changes: readonly ChangeView[],
  subscriber: Subscriber,
  site: URL,
  t: Translate,
): Message {
  const locale = subscriber.language;
  const org = registry.organization;
  const parts = changes.map((change) => changeLines(registry, change, site, locale, t));
  const name = org.tradeName;
  const subject = xmlSafe(
    parts.length === 1
      ? t('mail.subject', { name, titles: parts[0]!.title })
      : t('mail.subjectMore', { name, title: parts[0]!.title, count: parts.length - 1 }),
  ).replace(/\n/g, ' ');
  const followed = subscriber.products
    ? t('mail.forProducts', {
        products: formatList(productNames(registry, subscriber.products, locale), locale),
      })
    : '';
  const footer = t('mail.why', {
    name: org.legalName,
    products: followed,
    address: org.privacyContact,
  });
  const intro = t(parts.length === 1 ? 'mail.intro' : 'mail.introMany', { name: org.legalName });
  // In plain text a link is its words, with the address on the next line unless the words hold it.
  const asText = (line: Line) =>
    typeof line === 'string'
      ? line
      : (line.plain ??
        (line.text.includes(line.href) ? line.text : `${line.text}\n  ${line.href}`));

  const text = [
    intro,
    '',
    ...parts.flatMap((part) => [
      part.title,
      '-'.repeat(Math.min(part.title.length, 72)),
      ...part.lines.map(asText),
      '',
    ]),
    t('mail.calendar'),
    '',
    footer,
  ]
    .map((line) => xmlSafe(line))
    .join('\n');
  const htmlLine = (line: Line) =>
    typeof line === 'string'
      ? `<p>${escape(line)}</p>`
      : `<p><a href="${escape(line.href)}">${escape(line.text)}</a></p>`;
  const html = [
    `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><title>${escape(subject)}</title></head><body style="font-family: system-ui, sans-serif; line-height: 1.5; max-width: 40rem">`,
    `<p>${escape(intro)}</p>`,
    ...parts.map((part) => `<h2>${escape(part.title)}</h2>${part.lines.map(htmlLine).join('')}`),
    `<p>${escape(t('mail.calendar'))}</p>`,
    `<p><small>${escape(footer)}</small></p>`,
    '</body></html>',
  ].join('\n');

  const calendar = changesCalendar(
    registry,
    changes,
    localePath('/changes.ics', locale, org.defaultLocale),
    site,
    locale,
    t,
  );
  const unsubscribe = `mailto:${org.privacyContact}?subject=${encodeURIComponent(`Unsubscribe ${subscriber.address}`)}`;
  return {
    to: subscriber.address,
    subject,
    text,
    html,
    messageId: messageId(noticeId, subscriber.address, site),
    headers: {
      'List-Id': `${xmlSafe(t('mail.listName', { name })).replace(/[<>"\n]/g, '')} <changes.${site.host}>`,
      'List-Unsubscribe': `<${unsubscribe}>`,
      'Auto-Submitted': 'auto-generated',
      'X-Processor-Registry-Changes': changes.map((c) => c.id).join(' '),
    },
    attachments: [
      {
        filename: 'changes.ics',
        content: calendar,
        contentType: 'text/calendar; charset=utf-8; method=PUBLISH',
      },
    ],
  };
}

/** The name of a notice's changes, for the CLI's report. */
export const noticeTitles = (registry: Registry, changes: readonly ChangeView[]): string =>
  changes.map((c) => c.processors.map((id) => nameOf(registry, id)).join(', ')).join('; ');
