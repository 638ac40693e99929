/**
 * This project's own list (subprocessors.json, a release of it, or the JSON column of
 * subprocessors.csv) back into content: every field the JSON gives goes back where the content
 * had it, gaps as the gaps they were ("notStated", "notDisclosed"), codes the built-in
 * vocabularies lack as terms of the registry's own. Texts come back in the language the file was
 * written in.
 */
import type { Vocabularies, VocabularyName } from '../../core/vocabulary';
import type { ExportDocument, ExportProcessor } from '../../schemas/export';
import {
  contentChain,
  contentFact as fact,
  contentRetention,
  contentTransfer,
  defined,
} from '../outputs/export/as-content';

type Json = Record<string, unknown>;

export interface FromExport {
  processors: {
    id: string;
    data: Json;
    announced?: string | undefined;
    effective?: string | undefined;
  }[];
  products: Map<string, string>;
  /** Terms the built-in vocabularies lack, by vocabulary: code → label. */
  ownTerms: Map<VocabularyName, Map<string, string>>;
  changes: { id: string; data: Json }[];
}

/** The content a subprocessors.json (or its processors) holds. */
export function fromExport(
  doc: Pick<ExportDocument, 'processors'> & Partial<Pick<ExportDocument, 'changes' | 'former'>>,
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

  // The recipients on the list, and those the change log names that are no longer on it.
  const processors = [...doc.processors, ...(doc.former ?? [])].map((p: ExportProcessor) => {
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
          purpose: fact<{ code: string; label: string }>(a.purpose, (term) =>
            code('purposes', term),
          ),
          description: a.description,
          dataCategories: fact(a.dataCategories, codes('dataCategories')),
          dataSubjects: fact(a.dataSubjects, codes('dataSubjects')),
          retention: contentRetention(a.retention),
          processing: fact<string[]>(a.processing, (c) => c),
          storage: fact<string[]>(a.storage, (c) => c),
          legalBasis: a.legalBasis?.code,
          conditional: a.conditional,
          specialCategoryCondition: a.specialCategoryCondition,
        }),
      ),
      transfers: p.transfers.flatMap((t) => contentTransfer(t, codes('transferMechanisms')) ?? []),
      certifications: p.certifications.length
        ? codes('certifications')(p.certifications)
        : undefined,
      dpa: p.dpa && defined({ ...p.dpa }),
      arrangement: p.arrangement && defined({ ...p.arrangement }),
      subprocessorListUrl:
        p.subprocessorListUrl === undefined
          ? undefined
          : fact<string>(p.subprocessorListUrl, (u) => u),
      chain: p.chain && contentChain(p.chain),
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
