/** The list as data: what subprocessors.json holds, and what every other download is made from. */
import type { Translate } from '../../../i18n';
import type { ExportDocument, ExportProcessor } from '../../../schemas/export';
import { formatRetention } from '../../words/format';
import type { Registry } from '../../model/model';
import { textsIn } from '../../../core/local-text';
import {
  labelIn,
  type Term,
  type Vocabularies,
  type VocabularyName,
} from '../../../core/vocabulary';
import type { Locale } from '../../../i18n';
import { productNames } from '../../words/names';

export const SCHEMA_PATH = '/schema/subprocessors.schema.json';

function termIn(
  vocabularies: Vocabularies,
  vocabulary: VocabularyName,
  code: string,
  locale: Locale,
): { code: string; label: string; iri?: string } {
  const found: Term | undefined = vocabularies[vocabulary].get(code);
  return {
    code,
    label: found ? labelIn(found, locale) : code,
    ...(found?.iri ? { iri: found.iri } : {}),
  };
}

/** Drops undefined fields, so the JSON has no nulls and optional fields are simply absent. */
const defined = <T extends object>(value: T): T =>
  Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;

/** The processors on the list today (active or upcoming) and the change log, with texts and labels in `locale`. */
export function exportDocument(
  registry: Registry,
  site: URL,
  locale: Locale,
  t: Translate,
): ExportDocument {
  const v = registry.vocabularies;
  const text = textsIn(locale, registry.organization.defaultLocale);
  const term = (vocabulary: VocabularyName, code: string) => termIn(v, vocabulary, code, locale);
  const processors: ExportProcessor[] = registry.processors
    .filter((p) => p.status.status === 'active' || p.status.status === 'upcoming')
    .map((p) => {
      const addition = p.changes.find(
        (c) =>
          c.state !== 'withdrawn' &&
          (c.type === 'added' || c.type === 'replaced') &&
          c.processors.includes(p.id),
      );
      return defined({
        id: p.id,
        name: p.name,
        legalEntity: p.legalEntity,
        parent: p.parent,
        website: p.website,
        role: p.role,
        products: p.products.map((id) => ({ id, name: productNames(registry, [id], locale)[0]! })),
        status: p.status.status as 'active' | 'upcoming',
        announced: addition?.announced,
        effective: addition?.effective,
        activities: p.activities.map((a) =>
          defined({
            purpose: term('purposes', a.purpose),
            description: text(a.description),
            dataCategories: a.dataCategories.map((code) => ({
              ...term('dataCategories', code),
              special: v.dataCategories.get(code)?.special ?? false,
            })),
            dataSubjects: a.dataSubjects.map((code) => term('dataSubjects', code)),
            retention: defined({
              text: formatRetention(a.retention, locale, t),
              specified: a.retention !== 'not-specified',
              ...(a.retention === 'not-specified'
                ? {}
                : { ...a.retention, basis: text(a.retention.basis), note: text(a.retention.note) }),
            }),
            processing: a.processing,
            storage: a.storage ?? a.processing,
            conditional: text(a.conditional),
            specialCategoryCondition: text(a.specialCategoryCondition),
          }),
        ),
        transfers: p.countries
          .filter((c) => c.region !== 'eea')
          .map((c) =>
            defined({
              country: c.country,
              region: c.region,
              mechanisms: (c.transfer?.mechanisms ?? []).map((code) =>
                term('transferMechanisms', code),
              ),
              sccModule: c.transfer?.sccModule,
              dpfVerifiedOn: c.transfer?.dpfVerifiedOn,
              justification: text(c.transfer?.justification),
              note: text(c.transfer?.note),
            }),
          ),
        certifications: p.certifications.map((code) => term('certifications', code)),
        dpa: p.dpa ? defined({ ...p.dpa }) : undefined,
        subprocessorListUrl: p.subprocessorListUrl,
      });
    });
  const org = registry.organization;
  return {
    $schema: new URL(SCHEMA_PATH, site).href,
    publisher: {
      legalName: org.legalName,
      tradeName: org.tradeName,
      siteUrl: org.siteUrl,
      privacyContact: org.privacyContact,
      objectionAddress: org.objectionAddress,
    },
    language: locale,
    asOf: registry.today,
    processors,
    changes: registry.changes.map((c) => ({
      id: c.id,
      type: c.type,
      state: c.state,
      processors: c.processors,
      replaces: c.replaces ?? [],
      products: c.products,
      announced: c.announced,
      effective: c.effective,
      objectionDeadline: c.objectionDeadline,
      summary: text(c.summary),
    })),
  };
}
