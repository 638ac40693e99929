/**
 * This project's own list (subprocessors.json, a release of it, or the JSON column of
 * subprocessors.csv) back into content: every field the JSON gives goes back where the content
 * had it, gaps as the gaps they were ("notStated", "notDisclosed"), codes the built-in
 * vocabularies lack as terms of the registry's own. Texts come back in the language the file was
 * written in.
 */
import type { Vocabularies, VocabularyName } from '../../core/vocabulary';
import type { ExportDocument, ExportProcessor } from '../../schemas/export';

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A gap as the content writes it: not-stated / not-disclosed, or with its note. */
function gapOf(value: unknown): unknown {
  if (!isObject(value)) return undefined;
  const note = typeof value['note'] === 'string' ? value['note'] : undefined;
  if (value['notDisclosed'] === true) return note ? { notDisclosed: note } : 'not-disclosed';
  if (value['notStated'] === true) return note ? { notStated: note } : 'not-stated';
  return undefined;
}

/** A fact as the content writes it: the gap, or `read` of the value. */
const fact = <T>(value: unknown, read: (value: T) => unknown): unknown => gapOf(value) ?? read(value as T);

/** Drops the keys whose value is undefined, so the YAML holds what the JSON held. */
const defined = (object: Json): Json =>
  Object.fromEntries(Object.entries(object).filter(([, value]) => value !== undefined));

export interface FromExport {
  processors: { id: string; data: Json; announced?: string | undefined; effective?: string | undefined }[];
  products: Map<string, string>;
  /** Terms the built-in vocabularies lack, by vocabulary: code → label. */
  ownTerms: Map<VocabularyName, Map<string, string>>;
  changes: { id: string; data: Json }[];
}

/** The content a subprocessors.json (or its processors) holds. */
export function fromExport(
  doc: Pick<ExportDocument, 'processors'> & Partial<Pick<ExportDocument, 'changes'>>,
  vocabularies: Vocabularies,
): FromExport {
  const products = new Map<string, string>();
  const ownTerms = new Map<VocabularyName, Map<string, string>>();
  /** A term's code, noting a code our vocabularies lack as the exporter's own term. */
  const code = (vocabulary: VocabularyName, term: { code: string; label: string }) => {
    if (!vocabularies[vocabulary].has(term.code)) {
      const own = ownTerms.get(vocabulary) ?? new Map<string, string>();
      own.set(term.code, term.label);
      ownTerms.set(vocabulary, own);
    }
    return term.code;
  };
  const codes = (vocabulary: VocabularyName) => (terms: { code: string; label: string }[]) =>
    terms.map((term) => code(vocabulary, term));

  const processors = doc.processors.map((p: ExportProcessor) => {
    for (const product of p.products) products.set(product.id, product.name);
    const data = defined({
      name: p.name,
      legalEntity:
        p.legalEntity === undefined
          ? undefined
          : fact<{ name: string; country: unknown }>(p.legalEntity, (entity) => ({
              name: entity.name,
              country: fact<string>(entity.country, (c) => c),
            })),
      parent: p.parent,
      website: p.website,
      role: p.role,
      products: p.products.map((product) => product.id),
      activities: p.activities.map((a) =>
        defined({
          purpose: fact<{ code: string; label: string }>(a.purpose, (term) => code('purposes', term)),
          description: a.description,
          dataCategories: fact(a.dataCategories, codes('dataCategories')),
          dataSubjects: fact(a.dataSubjects, codes('dataSubjects')),
          retention: a.retention.specified
            ? defined({
                period: a.retention.period,
                upTo: a.retention.upTo,
                after: a.retention.after,
                basis: a.retention.basis,
                note: a.retention.note,
              })
            : a.retention.gap === 'not-stated'
              ? a.retention.note
                ? { notStated: a.retention.note }
                : 'not-stated'
              : a.retention.note
                ? { notDisclosed: a.retention.note }
                : 'not-disclosed',
          processing: fact<string[]>(a.processing, (c) => c),
          storage: fact<string[]>(a.storage, (c) => c),
          legalBasis: a.legalBasis?.code,
          conditional: a.conditional,
          specialCategoryCondition: a.specialCategoryCondition,
        }),
      ),
      transfers: p.transfers
        // A transfer the list derived (a location without an entry) is no entry of the content.
        .filter((t) => !(Array.isArray(t.mechanisms) && t.mechanisms.length === 0))
        .map((t) =>
          defined({
            country: t.country,
            mechanisms: fact(t.mechanisms, codes('transferMechanisms')),
            sccModule: isObject(t.sccModule) ? 'not-stated' : t.sccModule,
            dpfVerifiedOn: t.dpfVerifiedOn,
            justification: t.justification,
            note: t.note,
          }),
        ),
      certifications: p.certifications.length ? codes('certifications')(p.certifications) : undefined,
      dpa: p.dpa && defined({ ...p.dpa }),
      arrangement: p.arrangement && defined({ ...p.arrangement }),
      subprocessorListUrl:
        p.subprocessorListUrl === undefined ? undefined : fact<string>(p.subprocessorListUrl, (u) => u),
      chain: p.chain && {
        checkedOn: p.chain.checkedOn,
        links: p.chain.links.map((link) =>
          link.processor
            ? defined({ processor: link.processor, purpose: link.purpose })
            : defined({
                name: link.name,
                legalEntity: link.legalEntity,
                countries: link.countries.map((c) => c.country),
                purpose: link.purpose,
              }),
        ),
      },
      securityUrl: p.securityUrl,
      transferImpactAssessment:
        p.transferImpactAssessment &&
        defined({
          assessedOn: p.transferImpactAssessment.assessedOn,
          outcome: p.transferImpactAssessment.outcome.code,
          note: p.transferImpactAssessment.note,
          url: p.transferImpactAssessment.url,
        }),
      lastReviewed: p.lastReviewed,
      otherFacts: p.otherFacts?.length ? p.otherFacts.map((f) => defined({ ...f })) : undefined,
    });
    return { id: p.id, data, announced: p.announced, effective: p.effective };
  });

  const changes = (doc.changes ?? []).map((c) => ({
    id: c.id,
    data: defined({
      type: c.type,
      processors: c.processors,
      replaces: c.replaces.length ? c.replaces : undefined,
      announced: c.announced,
      effective: c.effective,
      products: c.products,
      summary: c.summary,
      reason: c.reason,
      emergency: c.emergency,
      withdrawn: c.withdrawn,
    }),
  }));
  return { processors, products, ownTerms, changes };
}
