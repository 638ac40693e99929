/**
 * subprocessors.jsonld: the list in W3C Data Privacy Vocabulary terms (DPV 2.3). Every DPV term
 * used here is in src/core/dpv.ts, and tests/unit/dpv.test.ts keeps it so.
 */
import { DPV_PREFIXES, dpvCountry } from '../../../core/dpv';
import type { ExportDocument } from '../../../schemas/export';

const CONTEXT = {
  ...DPV_PREFIXES,
  schema: 'https://schema.org/',
  name: 'schema:name',
  description: 'schema:description',
  url: { '@id': 'schema:url', '@type': '@id' },
};

/** A vocabulary term as a node: its DPV IRI when it has one, else a labelled blank node. */
const node = (term: { code: string; label: string; iri?: string | undefined }) =>
  term.iri ? { '@id': term.iri, name: term.label } : { name: term.label };

/** A country: its DPV loc: IRI, or where DPV has none (XK, Kosovo) a country with its ISO code. */
const country = (code: string) => {
  const iri = dpvCountry(code);
  return iri ? { '@id': iri } : { '@type': 'dpv:Country', 'loc:iso_alpha2': code };
};

export function toJsonLd(doc: ExportDocument): object {
  const site = doc.publisher.siteUrl.replace(/\/$/, '');
  const controller = {
    '@id': `${site}/#publisher`,
    '@type': 'dpv:DataController',
    name: doc.publisher.legalName,
  };
  return {
    // Texts are in the list's language; a processor's @id is the same in every language.
    '@context': doc.language ? { ...CONTEXT, '@language': doc.language } : CONTEXT,
    '@graph': [
      controller,
      ...doc.processors.map((p) => ({
        '@id': `${site}/processors/${p.id}/`,
        '@type': p.role === 'sub-processor' ? 'dpv:DataSubProcessor' : 'dpv:DataProcessor',
        name: p.name,
        'schema:legalName': p.legalEntity.name,
        'dpv:hasLocation': country(p.legalEntity.country),
        url: p.website,
        'dpv:hasProcess': [
          ...p.activities.map((a) => ({
            '@type': 'dpv:Process',
            description: a.description,
            'dpv:hasPurpose': node(a.purpose),
            'dpv:hasPersonalData': a.dataCategories.map(node),
            'dpv:hasDataSubject': a.dataSubjects.map(node),
            'dpv:hasDataController': { '@id': controller['@id'] },
            'dpv:hasLocation': [...new Set([...a.processing, ...a.storage])].map(country),
            'dpv:hasStorageCondition': {
              '@type': 'dpv:StorageDuration',
              description: a.retention.text,
              ...(a.retention.period
                ? {
                    'dpv:hasDuration': {
                      '@type': 'dpv:TemporalDuration',
                      'schema:duration': a.retention.period,
                    },
                  }
                : {}),
              ...(a.retention.upTo
                ? {
                    'dpv:hasDuration': {
                      '@type': 'dpv:TemporalDuration',
                      'schema:maxValue': a.retention.upTo,
                    },
                  }
                : {}),
            },
          })),
          // Each transfer is a process of its own: the country belongs to the transfer, not to
          // the legal basis, which is a DPV term shared by every transfer that relies on it.
          ...p.transfers.map((tr) => ({
            '@type': 'dpv:Process',
            'dpv:hasProcessing': { '@id': `${DPV_PREFIXES.dpv}CrossBorderTransfer` },
            'dpv:hasJurisdiction': country(tr.country),
            'dpv:hasLegalBasis': tr.mechanisms.map(node),
          })),
        ],
      })),
    ],
  };
}
