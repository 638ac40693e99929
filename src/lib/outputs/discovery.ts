/**
 * /.well-known/subprocessors.json (src/schemas/discovery.ts): every file ./formats.ts declares,
 * with the SHA-256 of the bytes ./files.ts makes for it, so a tool that knows only the domain can
 * find the list, the feeds and the releases and check each of them.
 */
import { lawTableVersion } from '../../law';
import { atSite } from '../../core/site-path';
import { defined } from '../../core/defined';
import { noticeDays } from '../model/notice';
import { createHash } from 'node:crypto';
import { localePath } from '../../core/locale-path';
import { translator, type Locale } from '../../i18n';
import type { Discovery } from '../../schemas/discovery';
import type { Registry } from '../model/model';
import { feedScopes } from './feeds';
import { releaseFile, schemaFile, siteFile, type PublishedFile } from './files';
import {
  CHANGE_FORMATS,
  DISCOVERY_FILE,
  LIST_FORMATS,
  RELEASE_FORMATS,
  RELEASE_RECORD,
  RELEASE_TIMESTAMP,
  SCHEMA_FILE,
  changeFile,
} from './formats';

const sha256 = (file: PublishedFile) =>
  createHash('sha256')
    .update(typeof file.body === 'string' ? file.body : new Uint8Array(file.body))
    .digest('hex');

const entry = (url: URL, file: PublishedFile | undefined) => {
  if (!file) throw new Error(`no published file at ${url.pathname}`);
  return { url: url.href, type: file.type, sha256: sha256(file) };
};

export async function discoveryDocument(registry: Registry, site: URL): Promise<Discovery> {
  const org = registry.organization;
  const at = (path: string) => atSite(path, site);
  const lists: Discovery['lists'] = [];
  const changes: Discovery['changes'] = [];
  for (const locale of org.locales as Locale[]) {
    const t = translator(locale);
    for (const format of LIST_FORMATS)
      lists.push({
        language: locale,
        format: format.id,
        ...entry(
          at(localePath(`/${format.file}`, locale, org.defaultLocale)),
          await siteFile(registry, format.file, site, locale, t),
        ),
      });
    for (const scope of feedScopes(registry, locale, t))
      for (const format of CHANGE_FORMATS)
        changes.push({
          language: locale,
          ...(scope.product ? { product: scope.product } : {}),
          format: format.id,
          ...entry(
            at(`${scope.path}.${format.extension}`),
            await siteFile(registry, changeFile(format), site, locale, t, scope.product),
          ),
        });
  }
  const releases = [...registry.releases].sort((a, b) => a.date.localeCompare(b.date));
  return {
    $schema: at(DISCOVERY_FILE.schemaPath).href,
    version: 1,
    publisher: {
      legalName: org.legalName,
      tradeName: org.tradeName,
      siteUrl: org.siteUrl,
      privacyContact: org.privacyContact,
    },
    asOf: registry.today,
    lawTableVersion,
    languages: { default: org.defaultLocale, all: [...org.locales] },
    notice: defined({
      noticePeriodDays:
        typeof org.noticePeriodDays === 'object' ? 'not-stated' : org.noticePeriodDays,
      objectionWindowDays: org.objectionWindowDays ?? noticeDays(org),
      objectionAddress: org.objectionAddress,
    }),
    lists,
    schema: entry(at(SCHEMA_FILE.path), schemaFile(site)),
    changes,
    releases: {
      head: releases.at(-1)?.sha256 ?? null,
      items: await Promise.all(
        releases.map(async (release) => ({
          date: release.date,
          sha256: release.sha256,
          previous: release.previous,
          record: entry(
            at(`/releases/${release.date}/${RELEASE_RECORD.file}`),
            await releaseFile(release, RELEASE_RECORD.file),
          ),
          ...(release.timestamp
            ? {
                timestamp: {
                  time: release.timestamp.time,
                  ...entry(
                    at(`/releases/${release.date}/${RELEASE_TIMESTAMP.file}`),
                    await releaseFile(release, RELEASE_TIMESTAMP.file),
                  ),
                },
              }
            : {}),
          files: await Promise.all(
            RELEASE_FORMATS.map(async (format) => ({
              format: format.id,
              ...entry(
                at(`/releases/${release.date}/${format.file}`),
                await releaseFile(release, format.file),
              ),
            })),
          ),
        })),
      ),
    },
    checksums: at('/SHA256SUMS').href,
  };
}
