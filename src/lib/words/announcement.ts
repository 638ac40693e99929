/** The words of a change announcement, shared by the feeds and the calendar. */
import { atSite } from '../../core/site-path';
import type { Translate } from '../../i18n';
import { formatDate, formatList } from './format';
import { textsIn } from '../../core/local-text';
import { localePath } from '../../core/locale-path';
import type { ChangeView, Registry } from '../model/model';
import type { Locale } from '../../i18n';
import { entityLine } from './disclosure';
import { nameOf, productNames, changeTitle } from './names';

export interface Announcement {
  /** Absolute URL of the change's page; also its stable id. */
  url: string;
  title: string;
  /** Plain text: what changes, when, and how to object. */
  text: string;
  /** The day it was announced, or withdrawn when it was. */
  updated: string;
}

export function announcement(
  registry: Registry,
  change: ChangeView,
  site: URL,
  locale: Locale,
  t: Translate,
): Announcement {
  const text = textsIn(locale, registry.organization.defaultLocale);
  const url = atSite(
    localePath(`/changes/${change.id}/`, locale, registry.organization.defaultLocale),
    site,
  ).href;
  const title = changeTitle(registry, change, locale, t);
  const ids = [...change.processors, ...(change.replaces ?? [])];
  const entities = ids.map((id) => {
    const p = registry.processorsById.get(id);
    return p ? entityLine(p.legalEntity, locale, t, text) : nameOf(registry, id);
  });
  const deadline =
    change.objectionDeadline === undefined
      ? undefined
      : formatDate(change.objectionDeadline, locale);
  const lines = [
    text(change.summary),
    t('feed.item.subject', {
      processors: formatList(
        ids.map((id) => nameOf(registry, id)),
        locale,
      ),
      entities: entities.join('; '),
      products: formatList(productNames(registry, change.products, locale), locale),
    }),
    t('feed.item.dates', {
      announced: formatDate(change.announced, locale),
      effective: formatDate(change.effective, locale),
    }),
    change.emergency
      ? t('change.emergency', { justification: text(change.emergency.justification) })
      : undefined,
    change.state === 'withdrawn' && change.withdrawn
      ? t('change.withdrawn', {
          date: formatDate(change.withdrawn.on, locale),
          reason: text(change.withdrawn.reason),
        })
      : change.noObjection !== undefined || deadline === undefined
        ? [
            t(`feed.item.noObjection.${change.noObjection ?? 'role'}`),
            (change.noObjection ?? 'role') === 'role' &&
            registry.organization.regimes.includes('ch')
              ? t('law.dpoArt7')
              : '',
          ]
            .filter(Boolean)
            .join(' ')
        : change.objectionOpen
          ? t('feed.item.object', {
              deadline,
              address: registry.organization.objectionAddress,
              url,
            })
          : t('feed.item.closed', { deadline }),
  ];
  return {
    url,
    title: change.state === 'withdrawn' ? t('feed.item.withdrawnTitle', { title }) : title,
    text: lines.filter((line) => line !== undefined).join('\n'),
    updated:
      change.state === 'withdrawn' && change.withdrawn ? change.withdrawn.on : change.announced,
  };
}

/**
 * Why a change has no objection period, in a sentence; for a publisher exporting Swiss data the
 * role's reason names the Swiss law beside GDPR Art. 28(2) (FADP Art. 9(3), DPO Art. 7).
 */
export function noObjectionLine(
  change: Pick<ChangeView, 'noObjection'>,
  registry: Pick<Registry, 'organization'>,
  t: Translate,
): string {
  const reason = change.noObjection ?? 'role';
  const line = t(`change.noObjection.${reason}`);
  return reason === 'role' && registry.organization.regimes.includes('ch')
    ? `${line} ${t('law.dpoArt7')}`
    : line;
}
