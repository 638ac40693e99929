import { describe, expect, it } from 'vitest';
import { changeSchema } from '../../src/schemas/change';
import { organizationSchema } from '../../src/schemas/organization';
import { processorSchema } from '../../src/schemas/processor';
import { retentionSchema } from '../../src/schemas/retention';
import { schemaIssues, type SchemaIssue } from '../../src/lib/rules/schema';

const processor = {
  name: 'Mailer',
  legalEntity: { name: 'Mailer, Inc.', country: 'US' },
  role: 'sub-processor',
  products: ['app'],
  activities: [
    {
      purpose: 'transactional-email',
      description: 'Sends e-mail.',
      dataCategories: ['email-address'],
      dataSubjects: ['users'],
      retention: { period: 'P45D' },
      processing: ['US'],
    },
  ],
  transfers: [{ country: 'US', mechanisms: ['dpf'], dpfVerifiedOn: new Date('2026-01-15') }],
};

/** The messages of a failed parse, as "path: message". */
function errors(
  schema: {
    safeParse: (v: unknown) => {
      success: boolean;
      error?: { issues: SchemaIssue[] };
    };
  },
  value: unknown,
): string[] {
  const result = schema.safeParse(value);
  // As npm run check and the build read them: a failed union by the option the value was written as.
  return result.success
    ? []
    : schemaIssues(result.error!.issues).map((i) => `${i.path.join('.')}: ${i.message}`);
}

describe('processorSchema', () => {
  it('accepts a complete processor and normalises dates to YYYY-MM-DD', () => {
    const parsed = processorSchema.parse(processor);
    expect(parsed.transfers[0]?.dpfVerifiedOn).toBe('2026-01-15');
    expect(parsed.certifications).toEqual([]);
  });

  it('names the field and what to write for a wrong role', () => {
    expect(errors(processorSchema, { ...processor, role: 'vendor' })).toEqual([
      'role: "vendor" is not a role. Write one of: sub-processor, processor, independent-controller, joint-controller, recipient-category, not-stated',
    ]);
    expect(errors(processorSchema, { ...processor, role: 'subprocessor' })).toEqual([
      'role: "subprocessor" is not a role. Did you mean "sub-processor"? Write one of: sub-processor, processor, independent-controller, joint-controller, recipient-category, not-stated',
    ]);
  });

  it('rejects unknown keys, so a misspelt field is not silently ignored', () => {
    expect(errors(processorSchema, { ...processor, certificatons: ['iso-27001'] })[0]).toMatch(
      /certificatons/,
    );
  });

  it('requires an SCC module for SCC transfers and a verification date for DPF', () => {
    const scc = { ...processor, transfers: [{ country: 'US', mechanisms: ['scc'] }] };
    expect(errors(processorSchema, scc)).toEqual([
      'transfers.0.sccModule: transfers under scc need sccModule: 3 for a sub-processor of ours, 2 for a processor',
    ]);
    const dpf = { ...processor, transfers: [{ country: 'US', mechanisms: ['dpf'] }] };
    expect(errors(processorSchema, dpf)[0]).toMatch(
      /^transfers\.0\.dpfVerifiedOn: .*dpfVerifiedOn/,
    );
  });

  it('rejects a country that is not an ISO code, with the fix', () => {
    const activity = { ...processor.activities[0], processing: ['UK'] };
    expect(errors(processorSchema, { ...processor, activities: [activity] })).toEqual([
      'activities.0.processing.0: "UK" is not an ISO 3166-1 alpha-2 country code, an international organisation (EPO) or a region (eu, eea, europe, worldwide): write GB',
    ]);
  });

  it('rejects an empty activity list', () => {
    expect(errors(processorSchema, { ...processor, activities: [] })).toEqual([
      'activities: list at least one activity',
    ]);
  });
});

describe('retentionSchema', () => {
  it('accepts a period, an upper bound, or not-specified', () => {
    expect(
      retentionSchema.parse({ period: 'P7Y', after: 'end-of-financial-year', basis: 'tax law' }),
    ).toMatchObject({ period: 'P7Y' });
    expect(retentionSchema.parse({ upTo: 'PT24H', note: 'a few hours' })).toMatchObject({
      upTo: 'PT24H',
    });
    expect(retentionSchema.parse('not-specified')).toBe('not-specified');
  });

  it('rejects free text and both or neither of period and upTo', () => {
    expect(errors(retentionSchema, { period: '1 year' }).join()).toContain(
      '"1 year" is not an ISO 8601 duration',
    );
    expect(errors(retentionSchema, { period: 'P1Y', upTo: 'P2Y' }).join()).toContain(
      'either period',
    );
    expect(errors(retentionSchema, { note: 'forever' }).join()).toContain('either period');
    expect(errors(retentionSchema, 'forever').join()).toContain('not-disclosed');
  });
});

describe('changeSchema', () => {
  const change = {
    type: 'added',
    processors: ['x'],
    announced: '2026-01-01',
    effective: '2026-02-01',
    products: ['app'],
    summary: 'X is added.',
  };

  it('accepts a change', () => {
    expect(changeSchema.parse(change).effective).toBe('2026-02-01');
  });

  it('rejects an effective date before the announcement', () => {
    expect(errors(changeSchema, { ...change, effective: '2025-12-01' })).toEqual([
      'effective: effective must be on or after announced',
    ]);
  });

  it('requires replaces exactly for a replacement', () => {
    expect(errors(changeSchema, { ...change, type: 'replaced' })[0]).toMatch(/^replaces: /);
    expect(errors(changeSchema, { ...change, replaces: ['y'] })[0]).toMatch(/^replaces: /);
  });

  it('rejects impossible dates', () => {
    expect(errors(changeSchema, { ...change, announced: '2026-02-30' })).toEqual([
      'announced: "2026-02-30" is not a date: write YYYY-MM-DD, e.g. 2026-03-01',
    ]);
  });
});

describe('organizationSchema', () => {
  const minimal = {
    schemaVersion: 2,
    legalName: 'A B.V.',
    tradeName: 'A',
    address: { street: 'S 1', postalCode: '1000 AA', city: 'Amsterdam', country: 'NL' },
    privacyContact: 'p@a.example',
    siteUrl: 'https://a.example',
    objectionAddress: 'o@a.example',
  };

  it('reads a notice period left out as not stated (never a number nobody gave), and English by default', () => {
    expect(organizationSchema.parse(minimal)).toMatchObject({
      noticePeriodDays: 'not-stated',
      defaultLocale: 'en',
      locales: ['en'],
      exampleData: false,
    });
    expect(organizationSchema.parse({ ...minimal, noticePeriodDays: 'none' })).toMatchObject({
      noticePeriodDays: 'none',
    });
  });

  it('takes parts of the address and the DPO’s name as not stated', () => {
    const org = organizationSchema.parse({
      ...minimal,
      address: {
        street: 'not-stated',
        postalCode: 'not-stated',
        city: 'Springfield',
        country: 'US',
      },
      dpo: { name: 'not-stated', email: 'dpo@a.example' },
    });
    expect(org.address.street).toBe('not-stated');
    expect(org.dpo?.name).toBe('not-stated');
  });

  it('names npm run migrate for content of an older schema', () => {
    const { schemaVersion: _, ...older } = minimal;
    expect(errors(organizationSchema, older)[0]).toContain('npm run migrate');
    expect(errors(organizationSchema, { ...minimal, schemaVersion: 3 })[0]).toContain(
      'update processor-registry',
    );
  });

  it('asks for an e-mail address where one is needed', () => {
    expect(errors(organizationSchema.shape.objectionAddress, 'legal at a.example')[0]).toContain(
      'write an e-mail address',
    );
  });
});
