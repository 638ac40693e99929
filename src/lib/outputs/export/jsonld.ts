/** subprocessors.jsonld: the list in W3C Data Privacy Vocabulary terms (DPV 2). */
import type { ExportDocument } from '../../../schemas/export';

const CONTEXT = {
  dpv: 'https://w3id.org/dpv#',
  pd: 'https://w3id.org/dpv/pd#',
  'eu-gdpr': 'https://w3id.org/dpv/legal/eu/gdpr#',
  loc: 'https://w3id.org/dpv/loc#',
  schema: 'https://schema.org/',
  name: 'schema:name',
  description: 'schema:description',
  url: { '@id': 'schema:url', '@type': '@id' },
};

/** A vocabulary term as a node: its DPV IRI when it has one, else a labelled blank node. */
const node = (term: { code: string; label: string; iri?: string | undefined }) =>
  term.iri ? { '@id': term.iri, name: term.label } : { name: term.label };

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
        'dpv:hasLocation': { '@id': `https://w3id.org/dpv/loc#${p.legalEntity.country}` },
        url: p.website,
        'dpv:hasProcess': p.activities.map((a) => ({
          '@type': 'dpv:Process',
          description: a.description,
          'dpv:hasPurpose': node(a.purpose),
          'dpv:hasPersonalData': a.dataCategories.map(node),
          'dpv:hasDataSubject': a.dataSubjects.map(node),
          'dpv:hasDataController': { '@id': controller['@id'] },
          'dpv:hasLocation': [...new Set([...a.processing, ...a.storage])].map((c) => ({
            '@id': `https://w3id.org/dpv/loc#${c}`,
          })),
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
        'dpv:hasDataTransferLegalBasis': p.transfers.flatMap((tr) =>
          tr.mechanisms.map((m) => ({
            ...node(m),
            'dpv:hasJurisdiction': { '@id': `https://w3id.org/dpv/loc#${tr.country}` },
          })),
        ),
      })),
    ],
  };
}
