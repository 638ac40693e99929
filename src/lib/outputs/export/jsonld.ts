/**
 * subprocessors.jsonld: the list in W3C Data Privacy Vocabulary terms (DPV 2.3). Every DPV term
 * used here is in src/core/dpv.ts, and tests/unit/dpv.test.ts keeps it so.
 */
import { DPV_PREFIXES, dpvCountry } from '../../../core/dpv';
import { isOrganisation } from '../../../core/locations';
import { ROLE_IRI, isControllerRole } from '../../../core/roles';
import type { ExportDocument } from '../../../schemas/export';

type Gap = { notDisclosed: true } | { notStated: true };
const isGap = (value: unknown): value is Gap =>
  typeof value === 'object' && value !== null && ('notDisclosed' in value || 'notStated' in value);
const isNotDisclosed = (value: unknown): boolean =>
  typeof value === 'object' && value !== null && 'notDisclosed' in value;

/** A fact of the list, if it is given: gaps are left out of the graph and named in words. */
const given = <T>(value: T | undefined): Exclude<T, Gap> | undefined =>
  isGap(value) ? undefined : (value as Exclude<T, Gap> | undefined);

const CONTEXT = {
  ...DPV_PREFIXES,
  schema: 'https://schema.org/',
  name: 'schema:name',
  description: 'schema:description',
  // What the list does not give, and who did not, in words: absence in the graph is no "none".
  undisclosed: 'schema:disambiguatingDescription',
  url: { '@id': 'schema:url', '@type': '@id' },
};

/** A vocabulary term as a node: its DPV IRI when it has one, else a labelled blank node. */
const node = (term: { code: string; label: string; iri?: string | undefined }) =>
  term.iri ? { '@id': term.iri, name: term.label } : { name: term.label };

/**
 * A location: its DPV loc: IRI (a country, the EU, the EEA); a country DPV has no term for (XK,
 * Kosovo) with its ISO code; a region DPV has no term for (Europe, worldwide) by its name.
 */
const country = (code: string) => {
  const iri = dpvCountry(code);
  if (iri) return { '@id': iri };
  if (/^[A-Z]{2}$/.test(code)) return { '@type': 'dpv:Country', 'loc:iso_alpha2': code };
  // An international organisation of the law tables (EPO): DPV's class for one, by its code.
  if (isOrganisation(code)) return { '@type': 'dpv:InternationalOrganisation', name: code };
  return { '@type': 'dpv:Location', name: code };
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
        // Each fact the list does not give, with who did not: the vendor, or the publisher's list.
        const gaps: [string, unknown][] = [
          ['role', p.role === 'not-stated' ? { notStated: true } : undefined],
          ['legal entity', p.legalEntity],
          ['country of the legal entity', entity?.country],
          ...p.activities.flatMap((a): [string, unknown][] => [
            ['purpose', a.purpose],
            ['personal data', a.dataCategories],
            ['data subjects', a.dataSubjects],
            ['processing location', a.processing],
            ['storage location', a.storage],
            [
              'retention',
              a.retention.specified
                ? undefined
                : { [a.retention.gap === 'not-stated' ? 'notStated' : 'notDisclosed']: true },
            ],
          ]),
          ...p.transfers.map((tr): [string, unknown] => ['transfer safeguard', tr.mechanisms]),
          ['own sub-processors', p.subprocessorListUrl],
        ];
        const named = (vendor: boolean) => [
          ...new Set(
            gaps
              .filter(([, value]) => isGap(value) && isNotDisclosed(value) === vendor)
              .map(([fact]) => fact),
          ),
        ];
        const undisclosed = [
          named(false).length
            ? `Not stated in the publisher’s list: ${named(false).join(', ')}.`
            : '',
          named(true).length ? `Not disclosed by the vendor: ${named(true).join(', ')}.` : '',
        ]
          .filter(Boolean)
          .join(' ');
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
          undisclosed: undisclosed || undefined,
          'dpv:hasProcess': [
            ...p.activities.map((a) => ({
              '@type': 'dpv:Process',
              description: a.description,
              'dpv:hasPurpose': isGap(a.purpose) ? undefined : node(a.purpose),
              'dpv:hasPersonalData': isGap(a.dataCategories)
                ? undefined
                : a.dataCategories.map(node),
              'dpv:hasDataSubject': isGap(a.dataSubjects) ? undefined : a.dataSubjects.map(node),
              // Where the list does not state the role, it cannot say who decides: no controller.
              'dpv:hasDataController':
                p.role === 'not-stated'
                  ? undefined
                  : isControllerRole(p.role)
                    ? controllers
                    : controllers[0],
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
              'dpv:hasLegalBasis': isGap(tr.mechanisms) ? undefined : tr.mechanisms.map(node),
            })),
          ],
        };
      }),
    ],
  };
}
