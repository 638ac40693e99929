/**
 * Only DPV terms that exist: every W3C Data Privacy Vocabulary IRI the built-in vocabularies and
 * the JSON-LD download use is a DPV 2.3 term (the subset in src/core/dpv.ts, copied from the DPV
 * 2.3 term list), and each IRI is given one label.
 */
import isoCountries from 'i18n-iso-countries';
import { describe, expect, it } from 'vitest';
import { checkCountryCode } from '../../src/core/countries';
import { DPV_PREFIXES, DPV_TERMS, dpvCountry, expandDpv } from '../../src/core/dpv';
import { BUILT_IN, VOCABULARY_NAMES } from '../../src/core/vocabulary';
import { LEGAL_BASES, LEGAL_BASIS_IRI, ROLES, ROLE_IRI } from '../../src/core/roles';
import { LOCALES, translator } from '../../src/i18n';
import { exportDocument } from '../../src/lib/outputs/export/document';
import { toJsonLd } from '../../src/lib/outputs/export/jsonld';
import { buildRegistry } from '../../src/lib/pipeline';
import { processor, source } from './fixtures';

const site = new URL('https://trust.test.example');
const own = `${site.origin}/`;

/** Every code of a built-in vocabulary. */
const codes = (name: (typeof VOCABULARY_NAMES)[number]) => BUILT_IN[name].map((t) => t.code);

/** A list that uses every built-in term, every role and a country DPV's loc: has no term for. */
const registry = buildRegistry(
  source({
    processors: [
      processor('everything', {
        legalEntity: { name: 'Everything Inc', country: 'US' },
        activities: codes('purposes').map((purpose, i) => ({
          purpose,
          description: `Does ${purpose}.`,
          dataCategories: i === 0 ? codes('dataCategories') : ['name'],
          dataSubjects: i === 0 ? codes('dataSubjects') : ['users'],
          retention: i % 2 ? { period: 'P1Y' } : { upTo: 'P30D' },
          processing: ['US'],
          storage: ['US', 'JP', 'AR', 'EPO', 'XK'],
          ...(i === 0 ? { specialCategoryCondition: 'Art. 9(2)(a): explicit consent' } : {}),
        })),
        transfers: [
          {
            country: 'US',
            // Adequacy and the UK and Swiss approvals are claimed for Argentina: for the US, each
            // regime covers only members of its part of the Data Privacy Framework.
            mechanisms: codes('transferMechanisms').filter(
              (m) => !['adequacy', 'uk-adequacy', 'swiss-adequacy', 'derogation'].includes(m),
            ),
            sccModule: 3,
            dpfVerifiedOn: '2026-01-01',
          },
          { country: 'JP', mechanisms: ['adequacy'] },
          { country: 'AR', mechanisms: ['adequacy', 'uk-adequacy', 'swiss-adequacy'] },
          { country: 'EPO', mechanisms: ['adequacy'] },
          { country: 'XK', mechanisms: ['derogation'], justification: 'Art. 49(1)(b).' },
        ],
        certifications: codes('certifications'),
      }),
      processor('kosovo', {
        role: 'processor',
        legalEntity: { name: 'Kosovo LLC', country: 'XK' },
        activities: [
          {
            purpose: 'hosting',
            description: 'Hosts.',
            dataCategories: ['ip-address'],
            dataSubjects: ['users'],
            retention: { period: 'P1Y' },
            processing: ['XK'],
          },
        ],
        transfers: [{ country: 'XK', mechanisms: ['derogation'], justification: 'Art. 49(1)(b).' }],
      }),
      // The roles where we are a controller, each activity with a lawful basis.
      ...(['independent-controller', 'joint-controller', 'recipient-category'] as const).map(
        (role, r) =>
          processor(role, {
            role,
            ...(role === 'recipient-category'
              ? { legalEntity: undefined }
              : { legalEntity: { name: `${role} BV`, country: 'NL' } }),
            activities: LEGAL_BASES.slice(r * 2, r * 2 + 2).map((legalBasis) => ({
              purpose: 'accounting',
              description: `Basis ${legalBasis}.`,
              dataCategories: ['billing-data'],
              dataSubjects: ['customers'],
              retention: { period: 'P7Y' },
              processing: ['NL'],
              legalBasis,
            })),
          }),
      ),
    ],
  }),
  '2026-03-01',
);
const documents = LOCALES.map((locale) =>
  exportDocument(registry, site, locale, translator(locale)),
);

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** A compact IRI (dpv:X) or a full one, as a full IRI. */
const expand = (iri: string) => expandDpv(iri) ?? iri;

/**
 * What a JSON-LD document says with DPV: the IRIs it uses that are no DPV 2.3 term (with where),
 * the @ids it gives two names, and the DPV terms it says more of than their name.
 */
function walk(document: Json) {
  const used: { iri: string; at: string }[] = [];
  const names = new Map<string, Set<string>>();
  const saysMore: string[] = [];
  const visit = (value: Json, at: string): void => {
    if (Array.isArray(value)) return value.forEach((v, i) => visit(v, `${at}[${i}]`));
    if (value === null || typeof value !== 'object') return;
    for (const [key, v] of Object.entries(value)) {
      if (key === '@context') continue;
      const here = `${at}.${key}`;
      if (key === '@id' && typeof v === 'string' && !v.startsWith(own))
        used.push({ iri: expand(v), at: here });
      if (key === '@type')
        for (const type of [v].flat())
          used.push({
            iri: typeof type === 'string' ? expand(type) : JSON.stringify(type),
            at: here,
          });
      // Any other key but a JSON-LD keyword, the context's schema.org terms and schema: is a
      // compact IRI, and a DPV one: an unknown prefix is reported too.
      const schemaOrg =
        ['name', 'description', 'url', 'undisclosed'].includes(key) || key.startsWith('schema:');
      if (!key.startsWith('@') && !schemaOrg) used.push({ iri: expand(key), at: here });
      visit(v, here);
    }
    const { '@id': id, name, ...rest } = value;
    if (typeof id === 'string' && name !== undefined)
      names.set(id, (names.get(id) ?? new Set()).add(JSON.stringify(name)));
    // A DPV term is DPV's: the list may name it, but says nothing else of it.
    if (typeof id === 'string' && !id.startsWith(own) && Object.keys(rest).length > 0)
      saysMore.push(`${id} at ${at}: ${Object.keys(rest).join(', ')}`);
  };
  visit(document, '$');
  return {
    unknown: used.filter(({ iri }) => !DPV_TERMS.has(iri)).map(({ iri, at }) => `${iri} at ${at}`),
    twoNames: [...names]
      .filter(([, set]) => set.size > 1)
      .map(([id, set]) => `${id}: ${[...set].join(',')}`),
    saysMore,
  };
}

describe('the DPV 2.3 subset', () => {
  it('has every ISO 3166-1 country the project accepts as a loc: term, but XK (Kosovo)', () => {
    const accepted = Object.keys(isoCountries.getAlpha2Codes()).filter(
      (code) => checkCountryCode(code).ok,
    );
    const missing = accepted.filter((code) => !dpvCountry(code));
    expect(missing).toEqual(['XK']);
    // loc:EU is the region a list may name ("EU"), not a country; it and loc:EEA are terms too.
    const countries = [...DPV_TERMS.values()].filter(
      (t) => /^loc:[A-Z]{2}$/.test(t.compact) && t.compact !== 'loc:EU',
    );
    expect(dpvCountry('eu')).toBe('https://w3id.org/dpv/loc#EU');
    expect(dpvCountry('eea')).toBe('https://w3id.org/dpv/loc#EEA');
    expect(dpvCountry('worldwide')).toBeUndefined();
    expect(countries.map((t) => t.compact.slice(4)).sort()).toEqual(
      accepted.filter((code) => code !== 'XK').sort(),
    );
  });

  it('is what the JSON-LD context declares', () => {
    const context = (toJsonLd(documents[0]!) as { '@context': Record<string, unknown> })[
      '@context'
    ];
    for (const [prefix, namespace] of Object.entries(DPV_PREFIXES))
      expect(context[prefix], prefix).toBe(namespace);
    const dpvLike = Object.entries(context).filter(
      ([, v]) => typeof v === 'string' && v.startsWith('https://w3id.org/dpv'),
    );
    expect(dpvLike.map(([k]) => k)).toEqual(Object.keys(DPV_PREFIXES));
  });
});

describe('roles and lawful bases', () => {
  it('name a DPV 2.3 term each, and no two the same', () => {
    // A role not stated is no role of its own: a recipient, as a category of recipients is.
    const roles = ROLES.filter((r) => r !== 'not-stated');
    const iris = [...roles.map((r) => ROLE_IRI[r]), ...LEGAL_BASES.map((b) => LEGAL_BASIS_IRI[b])];
    expect(iris.filter((iri) => !DPV_TERMS.has(iri))).toEqual([]);
    expect(new Set(iris).size).toBe(iris.length);
    expect(ROLE_IRI['not-stated']).toBe('https://w3id.org/dpv#Recipient');
  });
});

describe('built-in vocabularies', () => {
  const terms = VOCABULARY_NAMES.flatMap((name) =>
    BUILT_IN[name].map((term) => ({ ...term, at: `${name}.${term.code}` })),
  );

  it('use only IRIs that are DPV 2.3 terms', () => {
    const unknown = terms.filter((t) => t.iri && !DPV_TERMS.has(t.iri));
    expect(unknown.map((t) => `${t.at}: ${t.iri}`)).toEqual([]);
    expect(terms.filter((t) => t.iri).length).toBeGreaterThan(40);
  });

  it('give each IRI one label', () => {
    const labels = new Map<string, Set<string>>();
    for (const t of terms)
      if (t.iri) labels.set(t.iri, (labels.get(t.iri) ?? new Set()).add(JSON.stringify(t.label)));
    const twice = [...labels].filter(([, set]) => set.size > 1);
    expect(twice.map(([iri, set]) => `${iri}: ${[...set].join(' | ')}`)).toEqual([]);
  });
});

describe.each(LOCALES.map((locale, i) => [locale, i] as const))('the %s downloads', (_, i) => {
  const doc = documents[i]!;
  const jsonld = toJsonLd(doc) as Json;

  it('use every built-in term, so the walk below sees all of them', () => {
    const text = JSON.stringify(doc);
    for (const t of VOCABULARY_NAMES.flatMap((name) => BUILT_IN[name]))
      if (t.iri) expect(text, t.code).toContain(`"iri":"${t.iri}"`);
    expect(JSON.stringify(jsonld).includes('"loc:iso_alpha2":"XK"'), 'XK').toBe(true);
  });

  it('JSON-LD: every @id, @type and DPV key is a DPV 2.3 term, named once and said nothing else of', () => {
    expect(walk(jsonld)).toEqual({ unknown: [], twoNames: [], saysMore: [] });
  });

  it('JSON: every iri is a DPV 2.3 term', () => {
    const iris = JSON.stringify(doc).match(/"iri":"[^"]*"/g) ?? [];
    expect(iris.length).toBeGreaterThan(0);
    expect(iris.map((m) => m.slice(7, -1)).filter((iri) => !DPV_TERMS.has(iri))).toEqual([]);
  });
});

describe('the walk', () => {
  it('finds IRIs DPV 2.3 does not have, an @id given two names, and more said of a DPV term', () => {
    const { unknown, twoNames, saysMore } = walk({
      '@graph': [
        {
          '@id': `${own}processors/x/`,
          '@type': 'dpv:DataProcessor',
          'dpv:hasDataTransferLegalBasis': [
            { '@id': 'eu-gdpr:A47', name: 'Binding corporate rules' },
            { '@id': 'https://w3id.org/dpv/legal/eu/gdpr#A45-3', name: 'Adequacy decision' },
            {
              '@id': 'https://w3id.org/dpv/legal/eu/gdpr#A45-3',
              name: 'EU-US DPF',
              'dpv:hasJurisdiction': { '@id': 'https://w3id.org/dpv/loc#US' },
            },
          ],
          'dpv:hasProcess': { '@type': ['dpv:Process', 'pd:BrowsingBehavior'] },
          'dpv:hasLocation': { '@id': 'https://w3id.org/dpv/loc#XK' },
        },
      ],
    });
    expect(unknown).toEqual([
      'https://w3id.org/dpv#hasDataTransferLegalBasis at $.@graph[0].dpv:hasDataTransferLegalBasis',
      'https://w3id.org/dpv/legal/eu/gdpr#A47 at $.@graph[0].dpv:hasDataTransferLegalBasis[0].@id',
      'https://w3id.org/dpv/pd#BrowsingBehavior at $.@graph[0].dpv:hasProcess.@type',
      'https://w3id.org/dpv/loc#XK at $.@graph[0].dpv:hasLocation.@id',
    ]);
    expect(twoNames).toEqual([
      'https://w3id.org/dpv/legal/eu/gdpr#A45-3: "Adequacy decision","EU-US DPF"',
    ]);
    expect(saysMore).toEqual([
      'https://w3id.org/dpv/legal/eu/gdpr#A45-3 at $.@graph[0].dpv:hasDataTransferLegalBasis[2]: dpv:hasJurisdiction',
    ]);
  });
});
