import { describe, expect, it } from 'vitest';
import { buildRegistry } from '../../src/lib/pipeline';
import { ContentError } from '../../src/core/problems';
import { change, processor, source } from './fixtures';

describe('buildRegistry', () => {
  it('derives statuses, deadlines and regions from the change log on the build date', () => {
    const registry = buildRegistry(
      source({
        processors: [
          processor('host'),
          processor('mailer', {
            legalEntity: { name: 'Mailer Inc', country: 'US' },
            activities: [
              {
                purpose: 'transactional-email',
                description: 'Mails.',
                dataCategories: ['email-address'],
                dataSubjects: ['users'],
                retention: 'not-specified',
                processing: ['US'],
              },
            ],
            transfers: [{ country: 'US', mechanisms: ['dpf'], dpfVerifiedOn: '2026-01-01' }],
          }),
        ],
        changes: [
          change('mailer-added', {
            type: 'added',
            processors: ['mailer'],
            announced: '2026-11-10',
            effective: '2026-12-15',
          }),
        ],
      }),
      '2026-11-20',
    );
    const host = registry.processors.find((p) => p.id === 'host')!;
    const mailer = registry.processors.find((p) => p.id === 'mailer')!;
    expect(host.status.status).toBe('active');
    expect(host.countries).toEqual([
      { country: 'NL', region: 'eea', decisions: [], transfer: undefined },
    ]);
    expect(mailer.status.status).toBe('upcoming');
    expect(mailer.countries[0]).toMatchObject({ country: 'US', region: 'adequate' });
    expect(mailer.changes.map((c) => c.id)).toEqual(['mailer-added']);
    expect(registry.changes[0]).toMatchObject({
      objectionDeadline: '2026-12-10',
      objectionOpen: true,
      inEffect: false,
    });
  });

  it('leaves out changes and processors not announced by the build date', () => {
    const registry = buildRegistry(
      source({
        processors: [processor('later')],
        changes: [
          change('later-added', {
            type: 'added',
            processors: ['later'],
            announced: '2027-01-01',
            effective: '2027-02-01',
          }),
        ],
      }),
      '2026-11-20',
    );
    expect(registry.processors).toEqual([]);
    expect(registry.changes).toEqual([]);
  });

  it('lists changes newest announcement first', () => {
    const registry = buildRegistry(
      source({
        processors: [processor('a'), processor('b')],
        changes: [
          change('a-added', {
            type: 'added',
            processors: ['a'],
            announced: '2024-01-01',
            effective: '2024-02-01',
          }),
          change('b-added', {
            type: 'added',
            processors: ['b'],
            announced: '2025-01-01',
            effective: '2025-02-01',
          }),
        ],
      }),
      '2026-01-01',
    );
    expect(registry.changes.map((c) => c.id)).toEqual(['b-added', 'a-added']);
  });

  it('throws one ContentError listing every broken reference with file and field', () => {
    const build = () =>
      buildRegistry(
        source({
          processors: [processor('host', { products: ['ap'], certifications: ['iso-2700'] })],
          changes: [
            change('c', {
              type: 'removed',
              processors: ['hots'],
              announced: '2024-01-01',
              effective: '2024-02-01',
            }),
          ],
        }),
        '2026-01-01',
      );
    expect(build).toThrow(ContentError);
    try {
      build();
    } catch (error) {
      const problems = (error as ContentError).problems.map(
        (p) => `${p.file} ${p.field}: ${p.message}`,
      );
      expect(problems).toEqual([
        expect.stringMatching(
          /^content\/processors\/host\.yaml products\[0\]: "ap" is not a known product\. Did you mean "app"\?/,
        ),
        expect.stringMatching(
          /^content\/processors\/host\.yaml certifications\[0\]: "iso-2700" is not a known certification\. Did you mean "iso-27001"\?/,
        ),
        expect.stringMatching(
          /^content\/changes\/c\.yaml processors\[0\]: "hots" is not a known processor\. Did you mean "host"\?/,
        ),
      ]);
      expect((error as Error).message).toContain(
        'The content has 3 errors:\ncontent/processors/host.yaml\n  error: products[0]',
      );
    }
  });
});
