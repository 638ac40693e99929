/**
 * subprocessors.jsonld: the list in W3C Data Privacy Vocabulary terms (DPV 2.3). Every DPV term
 * used here is in src/core/dpv.ts, and tests/unit/dpv.test.ts keeps it so.
 */
import { DPV_PREFIXES, dpvCountry } from '../../../core/dpv';
import { ROLE_IRI, isControllerRole } from '../../../core/roles';
import type { ExportDocument } from '../../../schemas/export';

/** A fact of the list, if it was disclosed: undisclosed ones are left out of the graph and named in `undisclosed`. */
const given = <T>(value: T | undefined): Exclude<T, { notDisclosed: true }> | undefined =>
  typeof value === 'object' && value !== null && 'notDisclosed' in value
    ? undefined
    : (value as Exclude<T, { notDisclosed: true }> | undefined);

const CONTEXT = {
  ...DPV_PREFIXES,
  schema: 'https://schema.org/',
  name: 'schema:name',
  description: 'schema:description',
  // What the vendor has not disclosed, in words: absence in the graph is no statement of "none".
  undisclosed: 'schema:disambiguatingDescription',
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
      ...doc.processors.map((p) => {
        const id = `${site}/processors/${p.id}/`;
        const entity = given(p.legalEntity);
        const entityCountry = given(entity?.country);
        // Who decides why the data is processed: we do for a processor's work, the recipient does
        // as an independent controller, both of us as joint controllers.
        const controllers =
          p.role === 'independent-controller'
            ? [{ '@id': id }]
            : p.role === 'joint-controller'
              ? [{ '@id': controller['@id'] }, { '@id': id }]
              : [{ '@id': controller['@id'] }];
        const undisclosed = [
          p.legalEntity && !entity ? 'legal entity' : undefined,
          entity && !entityCountry ? 'country of the legal entity' : undefined,
          p.activities.some((a) => !given(a.processing) || !given(a.storage))
            ? 'processing or storage location'
            : undefined,
          p.activities.some((a) => !a.retention.specified) ? 'retention' : undefined,
          p.subprocessorListUrl && !given(p.subprocessorListUrl) ? 'own sub-processors' : undefined,
        ].filter((fact) => fact !== undefined);
        return {
          '@id': id,
          '@type': ROLE_IRI[p.role].replace(DPV_PREFIXES.dpv, 'dpv:'),
          name: p.name,
          'schema:legalName': entity?.name,
          'dpv:hasLocation': entityCountry ? country(entityCountry) : undefined,
          url: p.website,
          // The chain: the vendor's own sub-processors that receive our data, as its processors.
          'dpv:hasDataProcessor': p.chain?.links.map((link) =>
            link.processor
              ? { '@id': `${site}/processors/${link.processor}/` }
              : {
                  '@type': 'dpv:DataSubProcessor',
                  name: link.name,
                  'schema:legalName': link.legalEntity,
                  'dpv:hasLocation': link.countries.map((c) => country(c.country)),
                },
          ),
          undisclosed: undisclosed.length
            ? `Not disclosed by the vendor: ${undisclosed.join(', ')}.`
            : undefined,
          'dpv:hasProcess': [
            ...p.activities.map((a) => ({
              '@type': 'dpv:Process',
              description: a.description,
              'dpv:hasPurpose': node(a.purpose),
              'dpv:hasPersonalData': a.dataCategories.map(node),
              'dpv:hasDataSubject': a.dataSubjects.map(node),
              'dpv:hasDataController': isControllerRole(p.role) ? controllers : controllers[0],
              ...(a.legalBasis ? { 'dpv:hasLegalBasis': node(a.legalBasis) } : {}),
              'dpv:hasLocation': [
                ...new Set([...(given(a.processing) ?? []), ...(given(a.storage) ?? [])]),
              ].map(country),
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
        };
      }),
    ],
  };
}
