/** The "object to this change" e-mail: a mailto URL prefilled with the change and its deadline. */

export interface ObjectionMail {
  to: string;
  subject: string;
  body: string;
}

/** A mailto: URL (RFC 6068); spaces and line breaks are percent-encoded so every mail client reads them. */
export function mailtoUrl({ to, subject, body }: ObjectionMail): string {
  return `mailto:${encodeURIComponent(to).replace('%40', '@')}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body.replace(/\r?\n/g, '\r\n'))}`;
}
