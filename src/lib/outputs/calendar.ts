/** An iCalendar file with an all-day event for each effective date and each objection deadline. */
import ical, { ICalEventStatus } from 'ical-generator';
import type { Translate } from '../../i18n';
import { announcement } from '../words/announcement';
import type { ChangeView, Registry } from '../model/model';
import type { Locale } from '../../i18n';
import { changeTitle } from '../words/names';

const asDate = (day: string) => new Date(`${day}T00:00:00Z`);

/** `path` is where the calendar itself is published, e.g. /changes.ics. */
export function changesCalendar(
  registry: Registry,
  changes: readonly ChangeView[],
  path: string,
  site: URL,
  locale: Locale,
  t: Translate,
): string {
  const name = t('calendar.name', { name: registry.organization.tradeName });
  const calendar = ical({
    name,
    description: t('feed.description', { name: registry.organization.legalName }),
    prodId: {
      company: registry.organization.tradeName,
      product: 'Processor Registry',
      language: locale.toUpperCase(),
    },
    url: new URL(path, site).href,
    ttl: 60 * 60 * 12,
  });
  for (const change of changes) {
    const text = announcement(registry, change, site, locale, t);
    const title = changeTitle(registry, change, locale, t);
    const common = {
      allDay: true,
      description: text.text,
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
      summary: t('calendar.effective', { title }),
    });
    calendar.createEvent({
      ...common,
      id: `${change.id}.deadline@${site.host}`,
      start: asDate(change.objectionDeadline),
      summary: t('calendar.deadline', { title }),
    });
  }
  return calendar.toString();
}
