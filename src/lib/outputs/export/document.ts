/** The list as data: what subprocessors.json holds, and what every other download is made from. */
import { once, onceFor } from '../../../core/once';
import { LIST_FORMATS } from '../formats';
import { toJson } from '../text';
import { atSite } from '../../../core/site-path';
import { chainLinks } from '../../model/chain';
import { defined } from '../../../core/defined';
import type { Translate } from '../../../i18n';
import type { ExportDocument, ExportProcessor } from '../../../schemas/export';
import { formatRetention, retentionDisclosed, retentionGap } from '../../words/format';
import { gapOf, isKnown, unknownNote, type Unknown } from '../../../core/disclosure';
import type { LocalText } from '../../../core/local-text';
import { LEGAL_BASIS_IRI } from '../../../core/roles';
import { transfersOutside, type CountryView, type Registry } from '../../model/model';
import { textsIn } from '../../../core/local-text';
import {
  labelIn,
  type Term,
  type Vocabularies,
  type VocabularyName,
} from '../../../core/vocabulary';
import type { Locale } from '../../../i18n';
import { productNames } from '../../words/names';
import {
  challengeLine,
  decisionCitation,
  decisionNumber,
  decisionScope,
  decisionUrl,
  schemeLine,
} from '../../words/law';
import { lawTableVersion } from '../../../law';

export const SCHEMA_PATH = '/schema/subprocessors.schema.json';

/**
 * The EU decision that covers a scheme's members only, as the list's earlier versions gave it:
 * kept beside `decisions` so that tools written for them go on working.
 */
function certifiedOnly(
  c: CountryView,
  t: Translate,
): { certified: boolean; decision: string } | undefined {
  const view = c.decisions.find((d) => d.decision.regime === 'eu' && d.scheme);
  return (
    view?.scheme && { certified: view.scheme.relied, decision: decisionNumber(view.decision, t) }
  );
}

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

/** A gap as the JSON gives it: `{ notStated: true, note }` or `{ notDisclosed: true, note }`. */
export type ExportGap = { notStated: true; note?: string } | { notDisclosed: true; note?: string };

function gapIn(
  value: Unknown,
  text: (value: LocalText | undefined) => string | undefined,
): ExportGap {
  const note = text(unknownNote(value));
  return gapOf(value) === 'not-disclosed'
    ? (defined({ notDisclosed: true as const, note }) as ExportGap)
    : (defined({ notStated: true as const, note }) as ExportGap);
}

/** A fact as the JSON gives it: the value, or who did not give it. */
function disclosedIn<T, U>(
  value: T | Unknown,
  text: (value: LocalText | undefined) => string | undefined,
  map: (value: Exclude<T, Unknown>) => U,
): U | ExportGap {
  return isKnown(value) ? map(value) : gapIn(value as Unknown, text);
}

/** The processors on the list today (active or upcoming) and the change log, with texts and labels in `locale`. */
export const exportDocument = (
  registry: Registry,
  site: URL,
  locale: Locale,
  t: Translate,
): ExportDocument =>
  // Read once by each list format, then let go: at ten thousand recipients it is hundreds of
  // megabytes of objects no page needs.
  onceFor(registry, `export ${site.href} ${locale}`, LIST_FORMATS.length, () =>
    makeExportDocument(registry, site, locale, t),
  );

function makeExportDocument(
  registry: Registry,
  site: URL,
  locale: Locale,
  t: Translate,
): ExportDocument {
  const v = registry.vocabularies;
  const text = textsIn(locale, registry.organization.defaultLocale);
  const term = (vocabulary: VocabularyName, code: string) => termIn(v, vocabulary, code, locale);
  const onList = (p: (typeof registry.processors)[number]) =>
    p.status.status === 'active' || p.status.status === 'upcoming';
  const exported = (p: (typeof registry.processors)[number]): ExportProcessor => {
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
      status: p.status.status as ExportProcessor['status'],
      announced: addition?.announced,
      effective: addition?.effective,
      activities: p.activities.map((a) => {
        const gap = retentionGap(a.retention);
        return defined({
          purpose: disclosedIn(a.purpose, text, (code) => term('purposes', code)),
          description: text(a.description),
          dataCategories: disclosedIn(a.dataCategories, text, (codes) =>
            codes.map((code) => ({
              ...term('dataCategories', code),
              special: v.dataCategories.get(code)?.special ?? false,
            })),
          ),
          dataSubjects: disclosedIn(a.dataSubjects, text, (codes) =>
            codes.map((code) => term('dataSubjects', code)),
          ),
          retention: defined({
            text: formatRetention(a.retention, locale, t),
            specified: retentionDisclosed(a.retention),
            ...(retentionDisclosed(a.retention)
              ? { ...a.retention, basis: text(a.retention.basis), note: text(a.retention.note) }
              : { gap: gapOf(gap), note: text(unknownNote(gap)) }),
          }),
          processing: disclosedIn(a.processing, text, countries),
          // Storage left out is not stated: it is never taken from the processing countries.
          storage: disclosedIn(a.storage ?? 'not-stated', text, countries),
          legalBasis: a.legalBasis && {
            code: a.legalBasis,
            label: t(`legalBasis.${a.legalBasis}`),
            iri: LEGAL_BASIS_IRI[a.legalBasis],
          },
          conditional: text(a.conditional),
          specialCategoryCondition: text(a.specialCategoryCondition),
        });
      }),
      transfers: transfersOutside(p).map((c) =>
        defined({
          country: c.country,
          region: c.region,
          certifiedOnly: certifiedOnly(c, t),
          decisions: c.decisions.map(({ decision, scheme, challenges }) =>
            defined({
              regime: decision.regime,
              id: decision.id,
              citation: decisionCitation(decision, t),
              url: decisionUrl(decision),
              scope: decisionScope(decision, locale),
              until: decision.until,
              requires: scheme?.mechanism,
              relied: scheme?.relied,
              schemeNote:
                scheme &&
                schemeLine(scheme.mechanism, scheme.relied, registry.vocabularies, locale, t),
              challenges: challenges.map((challenge) =>
                defined({
                  case: challenge.case,
                  name: challenge.name,
                  court: locale === 'nl' ? challenge.court.nl : challenge.court.en,
                  lodged: challenge.lodged,
                  status: challenge.status,
                  text: challengeLine(challenge, locale, t),
                }),
              ),
            }),
          ),
          mechanisms: disclosedIn(c.transfer?.mechanisms ?? [], text, (codes) =>
            codes.map((code) => term('transferMechanisms', code)),
          ),
          sccModule:
            c.transfer?.sccModule === 'not-stated'
              ? { notStated: true as const }
              : c.transfer?.sccModule,
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
      otherFacts: p.otherFacts.length
        ? p.otherFacts.map((fact) => defined({ ...fact, text: text(fact.text) ?? '' }))
        : undefined,
    }) as ExportProcessor;
  };
  const processors = registry.processors.filter(onList).map(exported);
  const former = registry.processors.filter((p) => !onList(p)).map(exported);
  const org = registry.organization;
  return {
    $schema: atSite(SCHEMA_PATH, site).href,
    publisher: {
      legalName: org.legalName,
      tradeName: org.tradeName,
      siteUrl: org.siteUrl,
      privacyContact: org.privacyContact,
      objectionAddress: org.objectionAddress,
      address: {
        street: disclosedIn(org.address.street, text, (part) => part),
        postalCode: disclosedIn(org.address.postalCode, text, (part) => part),
        city: disclosedIn(org.address.city, text, (part) => part),
        country: org.address.country,
      },
      noticePeriodDays:
        typeof org.noticePeriodDays === 'number' || org.noticePeriodDays === 'none'
          ? org.noticePeriodDays
          : defined({ notStated: true as const, note: text(unknownNote(org.noticePeriodDays)) }),
      ...defined({
        phone: org.phone,
        dpo:
          org.dpo &&
          defined({
            email: org.dpo.email,
            name:
              org.dpo.name === undefined ? undefined : disclosedIn(org.dpo.name, text, (n) => n),
          }),
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
    lawTableVersion,
    processors,
    ...(former.length ? { former } : {}),
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
      ...defined({
        reason: text(c.reason),
        emergency: c.emergency && { justification: text(c.emergency.justification) ?? '' },
        withdrawn: c.withdrawn && { on: c.withdrawn.on, reason: text(c.withdrawn.reason) ?? '' },
      }),
    })),
  };
}

/** subprocessors.json's text, once per document: the JSON file and the workbook's checksum of it. */
export const documentJson = (doc: ExportDocument): string => once(doc, 'json', () => toJson(doc));
