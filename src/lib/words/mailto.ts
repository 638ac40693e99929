/** The "object to this change" e-mail: a mailto URL prefilled with the change and its deadline. */
import type { Locale, Translate } from '../../i18n';
import type { ChangeView, Registry } from '../model/model';
import { formatDate } from './format';
import { changeTitle } from './names';

export interface ObjectionMail {
  to: string;
  subject: string;
  body: string;
}

/**
 * A mailto: URL (RFC 6068); spaces and line breaks are percent-encoded so every mail client reads
 * them, and every line ends in CRLF. A lone surrogate (no character, and not encodable) becomes
 * U+FFFD instead of throwing.
 */
export function mailtoUrl({ to, subject, body }: ObjectionMail): string {
  const encode = (text: string) => encodeURIComponent(text.toWellFormed());
  return `mailto:${encode(to).replace('%40', '@')}?subject=${encode(subject)}&body=${encode(body.replace(/\r\n?|\n/g, '\r\n'))}`;
}

/** The prefilled objection e-mail for a change. */
export function objectionMailto(
  registry: Registry,
  change: ChangeView,
  pageUrl: string,
  locale: Locale,
  t: Translate,
): string {
  const title = changeTitle(registry, change, locale, t);
  return mailtoUrl({
    to: registry.organization.objectionAddress,
    subject: t('change.mail.subject', { id: change.id, title }),
    body: t('change.mail.body', {
      publisher: registry.organization.legalName,
      title,
      announced: formatDate(change.announced, locale),
      effective: formatDate(change.effective, locale),
      deadline: change.objectionDeadline ? formatDate(change.objectionDeadline, locale) : '',
      url: pageUrl,
    }),
  });
}

/** A request for e-mail notices, to the privacy contact, with the language and the products filled in. */
export function subscriptionMailto(
  registry: Registry,
  products: readonly string[] | undefined,
  locale: Locale,
  t: Translate,
): string {
  return mailtoUrl({
    to: registry.organization.privacyContact,
    subject: t('subscribe.emailSubject'),
    body: t('subscribe.emailMail', {
      language: locale,
      products: products ? products.join(', ') : 'all',
    }),
  });
}
