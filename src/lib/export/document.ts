/** The list as data: what subprocessors.json holds, and what every other download is made from. */
import type { Translate } from '../../i18n';
import type { ExportDocument, ExportProcessor } from '../../schemas/export';
import { formatRetention } from '../format';
import type { Registry } from '../model';
import type { Term, Vocabularies, VocabularyName } from '../vocabulary';

export const SCHEMA_PATH = '/schema/subprocessors.schema.json';

function term(vocabularies: Vocabularies, vocabulary: VocabularyName, code: string): { code: string; label: string; iri?: string } {
  const found: Term | undefined = vocabularies[vocabulary].get(code);
  return { code, label: found?.label.en ?? code, ...(found?.iri ? { iri: found.iri } : {}) };
}

/** Drops undefined fields, so the JSON has no nulls and optional fields are simply absent. */
const defined = <T extends object>(value: T): T => Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;

/** The processors on the list today (active or upcoming) and the change log, in English. */
export function exportDocument(registry: Registry, site: URL, t: Translate): ExportDocument {
  const v = registry.vocabularies;
  const processors: ExportProcessor[] = registry.processors
    .filter((p) => p.status.status === 'active' || p.status.status === 'upcoming')
    .map((p) => {
      const addition = p.changes.find((c) => c.state !== 'withdrawn' && (c.type === 'added' || c.type === 'replaced') && c.processors.includes(p.id));
      return defined({
        id: p.id,
        name: p.name,
        legalEntity: p.legalEntity,
        parent: p.parent,
        website: p.website,
        role: p.role,
        products: p.products.map((id) => ({ id, name: registry.products.find((product) => product.id === id)?.name ?? id })),
        status: p.status.status as 'active' | 'upcoming',
        announced: addition?.announced,
        effective: addition?.effective,
        activities: p.activities.map((a) =>
          defined({
            purpose: term(v, 'purposes', a.purpose),
            description: a.description,
            dataCategories: a.dataCategories.map((code) => ({ ...term(v, 'dataCategories', code), special: v.dataCategories.get(code)?.special ?? false })),
            dataSubjects: a.dataSubjects.map((code) => term(v, 'dataSubjects', code)),
            retention: defined({
              text: formatRetention(a.retention, 'en', t),
              specified: a.retention !== 'not-specified',
              ...(a.retention === 'not-specified' ? {} : a.retention),
            }),
            processing: a.processing,
            storage: a.storage ?? a.processing,
            conditional: a.conditional,
            specialCategoryCondition: a.specialCategoryCondition,
          }),
        ),
        transfers: p.countries
          .filter((c) => c.region !== 'eea')
          .map((c) =>
            defined({
              country: c.country,
              region: c.region,
              mechanisms: (c.transfer?.mechanisms ?? []).map((code) => term(v, 'transferMechanisms', code)),
              sccModule: c.transfer?.sccModule,
              dpfVerifiedOn: c.transfer?.dpfVerifiedOn,
              justification: c.transfer?.justification,
              note: c.transfer?.note,
            }),
          ),
        certifications: p.certifications.map((code) => term(v, 'certifications', code)),
        dpa: p.dpa ? defined({ ...p.dpa }) : undefined,
        subprocessorListUrl: p.subprocessorListUrl,
      });
    });
  const org = registry.organization;
  return {
    $schema: new URL(SCHEMA_PATH, site).href,
    publisher: { legalName: org.legalName, tradeName: org.tradeName, siteUrl: org.siteUrl, privacyContact: org.privacyContact, objectionAddress: org.objectionAddress },
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
      summary: c.summary,
    })),
  };
}
