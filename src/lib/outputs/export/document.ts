/** The list as data: what subprocessors.json holds, and what every other download is made from. */
import { chainLinks } from '../../model/chain';
import { defined } from '../../../core/defined';
import type { Translate } from '../../../i18n';
import type { ExportDocument, ExportProcessor } from '../../../schemas/export';
import { formatRetention, retentionDisclosed } from '../../words/format';
import { isDisclosed, undisclosedNote, type NotDisclosed } from '../../../core/disclosure';
import type { LocalText } from '../../../core/local-text';
import { LEGAL_BASIS_IRI } from '../../../core/roles';
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

/** A fact as the JSON gives it: the value, or `{ notDisclosed: true, note }`. */
function disclosedIn<T, U>(
  value: T | NotDisclosed,
  text: (value: LocalText | undefined) => string | undefined,
  map: (value: T) => U,
): U | { notDisclosed: true; note?: string } {
  if (isDisclosed(value)) return map(value);
  return defined({ notDisclosed: true as const, note: text(undisclosedNote(value)) }) as {
    notDisclosed: true;
    note?: string;
  };
}

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
          (c.type === 'listed' || c.type === 'added' || c.type === 'replaced') &&
          c.processors.includes(p.id),
      );
      const countries = (codes: string[]) => codes;
      return defined({
        id: p.id,
        name: p.name,
        legalEntity:
          p.legalEntity &&
          disclosedIn(p.legalEntity, text, (entity) => ({
            name: entity.name,
            country: disclosedIn(entity.country, text, (code) => code),
          })),
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
              specified: retentionDisclosed(a.retention),
              ...(retentionDisclosed(a.retention)
                ? { ...a.retention, basis: text(a.retention.basis), note: text(a.retention.note) }
                : { note: text(undisclosedNote(a.retention)) }),
            }),
            processing: disclosedIn(a.processing, text, countries),
            storage: disclosedIn(a.storage ?? a.processing, text, countries),
            legalBasis: a.legalBasis && {
              code: a.legalBasis,
              label: t(`legalBasis.${a.legalBasis}`),
              iri: LEGAL_BASIS_IRI[a.legalBasis],
            },
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
              certifiedOnly: c.certifiedOnly,
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
        arrangement: p.arrangement ? defined({ ...p.arrangement }) : undefined,
        subprocessorListUrl:
          p.subprocessorListUrl && disclosedIn(p.subprocessorListUrl, text, (url) => url),
        chain: p.chain && {
          checkedOn: p.chain.checkedOn,
          links: chainLinks(p, registry).map((link) =>
            defined({
              name: link.name,
              processor: link.processor,
              legalEntity: link.legalEntity,
              countries: link.countries.map((c) => defined({ ...c })),
              purpose: text(link.purpose),
            }),
          ),
        },
        securityUrl: p.securityUrl,
        transferImpactAssessment:
          p.transferImpactAssessment &&
          defined({
            assessedOn: p.transferImpactAssessment.assessedOn,
            outcome: {
              code: p.transferImpactAssessment.outcome,
              label: t(`tia.${p.transferImpactAssessment.outcome}`),
            },
            note: text(p.transferImpactAssessment.note),
            url: p.transferImpactAssessment.url,
          }),
        lastReviewed: p.lastReviewed,
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
      ...defined({
        phone: org.phone,
        dpo: org.dpo && defined({ ...org.dpo }),
        representatives: org.representatives.length
          ? org.representatives.map((r) => defined({ ...r }))
          : undefined,
        certifications: org.certifications.length
          ? org.certifications.map((code) => term('certifications', code))
          : undefined,
      }),
      regimes: org.regimes,
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
      ...defined({
        objectionDeadline: c.objectionDeadline,
        noObjection: c.noObjection,
        notifiedOn: c.notifiedOn,
      }),
      summary: text(c.summary),
    })),
  };
}
