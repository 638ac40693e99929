/** An iCalendar file with an all-day event for each effective date and each objection deadline. */
import { atSite } from '../../core/site-path';
import ical, { ICalEventStatus } from 'ical-generator';
import type { Translate } from '../../i18n';
import { announcement } from '../words/announcement';
import type { ChangeView, Registry } from '../model/model';
import type { Locale } from '../../i18n';
import { changeTitle } from '../words/names';
import { icsText, xmlSafe } from './text';

const asDate = (day: string) => new Date(`${day}T00:00:00Z`);

/** `path` is where the calendar itself is published, e.g. /changes.ics. */
export function changesCalendar(
  registry: Registry,
  changes: readonly ChangeView[],
  path: string,
  site: URL,
  locale: Locale,
  t: Translate,
  /** The product the calendar is for, if it is one product's. */
  product?: string,
): string {
  const name = registry.organization.tradeName;
  // ical-generator escapes the texts of events, but writes these as given.
  const calendar = ical({
    name: icsText(
      product === undefined
        ? t('calendar.name', { name })
        : t('calendar.nameProduct', { name, product }),
    ),
    description: icsText(t('feed.description', { name: registry.organization.legalName })),
    prodId: {
      // The library requires a company: the site's host stands in for a name with no characters.
      company: icsText(registry.organization.tradeName) || site.host,
      product: 'Processor Registry',
      language: locale.toUpperCase(),
    },
    url: atSite(path, site).href,
    ttl: 60 * 60 * 12,
  });
  for (const change of changes) {
    const text = announcement(registry, change, site, locale, t);
    const title = changeTitle(registry, change, locale, t);
    const common = {
      allDay: true,
      description: xmlSafe(text.text),
      url: text.url,
      // Deterministic stamps and sequence numbers: a rebuild of the same content changes nothing.
      stamp: asDate(text.updated),
      sequence: change.state === 'withdrawn' ? 1 : 0,
      status: change.state === 'withdrawn' ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
      categories: [{ name: change.type }],
    };
    calendar.createEvent({
      ...common,
      id: `${change.id}.effective@${site.host}`,
      start: asDate(change.effective),
      summary: xmlSafe(t('calendar.effective', { title })),
    });
    // A change customers cannot object to (a first listing, no sub-processor) has no deadline.
    if (change.objectionDeadline !== undefined)
      calendar.createEvent({
        ...common,
        id: `${change.id}.deadline@${site.host}`,
        start: asDate(change.objectionDeadline),
        summary: xmlSafe(t('calendar.deadline', { title })),
      });
  }
  return calendar.toString();
}
