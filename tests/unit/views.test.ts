import { describe, expect, it } from 'vitest';
import { translator } from '../../src/i18n';
import { buildRegistry } from '../../src/lib/pipeline';
import { change, processor, source } from './fixtures';
import { openChangeNotices, feedLinks } from '../../src/lib/views/site';
import { decisionsToExplain, transfersShown } from '../../src/lib/views/facets';
import { byRole, counts } from '../../src/lib/views/overview';
import { EMBED_LIMIT, embeddedList } from '../../src/lib/views/embed';
import { alphabetical, initialOf, letterIndex, rowAnchors } from '../../src/lib/views/az';
import {
  agreementsShown,
  chainLinks,
  fourthPartiesIn,
  undisclosedRetention,
} from '../../src/lib/views/processor';

const registry = () =>
  buildRegistry(
    source({
      processors: [processor('host'), processor('mailer', { name: 'Mailer' })],
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

describe('what every page shows alike', () => {
  it('words the banner once per language, and again for another registry', () => {
    const first = registry();
    const en = openChangeNotices(first, 'en', translator('en'));
    expect(en).toEqual([{ id: 'mailer-added', text: expect.stringContaining('Mailer') }]);
    expect(en[0]!.text).toContain('10 December 2026');
    expect(openChangeNotices(first, 'en', translator('en'))).toBe(en);
    expect(openChangeNotices(first, 'nl', translator('nl'))[0]!.text).toContain('10 december 2026');
    expect(openChangeNotices(registry(), 'en', translator('en'))).not.toBe(en);
  });

  it('remembers feed links per language and product', () => {
    const r = registry();
    const all = feedLinks(r, 'en', translator('en'));
    expect(feedLinks(r, 'en', translator('en'))).toBe(all);
    expect(feedLinks(r, 'nl', translator('nl'))[0]!.href).toMatch(/^\/nl\/changes\./);
    expect(feedLinks(r, 'en', translator('en'), 'app')).not.toBe(all);
  });
});

describe('processorDescription', () => {
  it('names the vendor, its legal entity and what it does, in the page language', async () => {
    const { processorDescription } = await import('../../src/lib/views/processor');
    const { textsIn } = await import('../../src/core/local-text');
    const host = buildRegistry(
      source({ processors: [processor('host')] }),
      '2026-01-01',
    ).processorsById.get('host')!;
    expect(processorDescription(host, textsIn('en', 'en'))).toBe('HOST (host Ltd): Hosts.');
  });
});

describe('browse pages and the overview', () => {
  const registry = buildRegistry(
    source({
      processors: [
        processor('cache', {
          activities: [
            {
              purpose: 'caching',
              description: 'Caches.',
              dataCategories: ['ip-address'],
              dataSubjects: ['users'],
              retention: { upTo: 'PT24H' },
              processing: ['IL', 'US'],
              storage: ['IL', 'US'],
            },
          ],
          transfers: [
            { country: 'IL', mechanisms: ['adequacy'] },
            { country: 'US', mechanisms: ['scc'], sccModule: 3 },
          ],
        }),
        processor('ads', { role: 'independent-controller' }),
        processor('vague', {
          role: 'processor',
          activities: [
            {
              purpose: 'crm',
              description: 'Keeps contacts.',
              dataCategories: ['name'],
              dataSubjects: ['contacts'],
              retention: 'not-disclosed',
              processing: 'not-disclosed',
            },
          ],
        }),
      ],
    }),
    '2026-03-01',
  );
  const cache = registry.processorsById.get('cache')!;

  it('shows on a country page only that country’s transfer, and on a region page only that region’s', () => {
    const us = transfersShown({ facet: 'country', slug: 'us' })!;
    expect(cache.countries.filter(us).map((c) => c.transfer?.mechanisms)).toEqual([['scc']]);
    const adequate = transfersShown({ facet: 'region', slug: 'adequate' })!;
    expect(cache.countries.filter(adequate).map((c) => c.country)).toEqual(['IL']);
    expect(transfersShown({ facet: 'purpose', slug: 'caching' })).toBeUndefined();
  });

  it('groups recipients by role in a fixed order and counts what it says it counts', () => {
    expect(byRole(registry.processors).map((g) => g.role)).toEqual([
      'sub-processor',
      'processor',
      'independent-controller',
    ]);
    const total = counts(registry, translator('en'));
    expect(total.active).toBe(3);
    expect(total.undisclosed).toBe(1);
    expect(total.outside).toBe(1);
    // Storage left out is not stated: the recipient's locations are then not all given.
    const unstated = buildRegistry(
      source({
        processors: [
          processor('store', {
            activities: [
              { ...registry.processorsById.get('cache')!.activities[0]!, storage: undefined },
            ],
            transfers: registry.processorsById.get('cache')!.transfers,
          }),
        ],
      }),
      '2026-03-01',
    );
    expect(counts(unstated, translator('en')).undisclosed).toBe(1);
  });

  it('explains the US decision on the US page and the adequacy page only', () => {
    const ids = (facet: string, slug: string, regimes: ('eu' | 'uk' | 'ch')[] = ['eu']) =>
      decisionsToExplain({ facet, slug } as never, '2026-03-01', regimes).map((d) => d.decision.id);
    expect(ids('country', 'us')).toEqual(['eu-us-2023']);
    expect(ids('country', 'il')).toEqual(['eu-il-2011']);
    expect(ids('country', 'in')).toEqual([]);
    // The adequacy region explains the decisions a row cannot: limited to a scheme, or challenged.
    expect(ids('region', 'adequate')).toEqual(['eu-us-2023']);
    expect(ids('region', 'adequate', ['eu', 'uk', 'ch'])).toEqual([
      'eu-us-2023',
      'uk-us-2023',
      'ch-us-2024',
    ]);
    // The case pending against the EU-US decision is named with it.
    const [us] = decisionsToExplain({ facet: 'country', slug: 'us' } as never, '2026-03-01', [
      'eu',
    ]);
    expect(us?.challenges.map((c) => c.case)).toEqual(['C-703/25 P']);
  });
});

describe('what a recipient page shows of its contracts and retention', () => {
  it('shows a DPA where the role needs one or one is recorded, an arrangement for joint controllers', () => {
    const dpa = { title: 'DPA' };
    expect(
      agreementsShown({ role: 'sub-processor', dpa: undefined, arrangement: undefined }),
    ).toEqual({ dpa: true, arrangement: false });
    expect(
      agreementsShown({ role: 'independent-controller', dpa: undefined, arrangement: undefined }),
    ).toEqual({ dpa: false, arrangement: false });
    expect(
      agreementsShown({ role: 'independent-controller', dpa, arrangement: undefined }),
    ).toEqual({ dpa: true, arrangement: false });
    expect(
      agreementsShown({ role: 'joint-controller', dpa: undefined, arrangement: undefined }),
    ).toEqual({ dpa: false, arrangement: true });
  });

  it('reads the older not-specified as not disclosed, and keeps a note of what was asked', () => {
    expect(undisclosedRetention('not-specified')).toBe('not-disclosed');
    expect(undisclosedRetention({ notDisclosed: 'Asked in May.' })).toEqual({
      notDisclosed: 'Asked in May.',
    });
  });
});

describe('the A–Z list', () => {
  const named = (names: string[]) =>
    buildRegistry(
      source({
        processors: names.map((name, i) => processor(`p${i}`, { name })),
        changes: [
          change('listed', {
            type: 'listed',
            processors: names.map((_, i) => `p${i}`),
            announced: '2026-01-01',
            effective: '2026-01-01',
          }),
        ],
      }),
      '2026-11-20',
    );

  it('lists each recipient once, in the reader’s alphabet, accents and case aside', () => {
    const rows = alphabetical(named(['zendesk', 'Ängel', 'Amazon S3', '1Password', 'beta']), 'en');
    expect(rows.map((p) => p.name)).toEqual(['1Password', 'Amazon S3', 'Ängel', 'beta', 'zendesk']);
    expect(rows.map((p) => initialOf(p.name, 'en'))).toEqual(['#', 'A', 'A', 'B', 'Z']);
    // Letters decomposing leaves whole are filed where the sort puts them.
    expect(['Ørsted', 'Łódź', 'Æon'].map((name) => initialOf(name, 'en'))).toEqual(['O', 'L', 'A']);
    expect(letterIndex(rows, 'en').map((l) => l.letter)).toEqual(['#', 'A', 'B', 'Z']);
    expect(rowAnchors(rows, 'en')).toEqual([
      'letter-other',
      'letter-a',
      undefined,
      'letter-b',
      'letter-z',
    ]);
  });

  it('points each letter to the page its first recipient is on', () => {
    const names = Array.from({ length: 150 }, (_, i) =>
      i < 120 ? `A vendor ${String(i).padStart(3, '0')}` : `B vendor ${i}`,
    );
    const letters = letterIndex(alphabetical(named(names), 'en'), 'en');
    expect(letters).toEqual([
      { letter: 'A', page: 1, anchor: 'letter-a' },
      { letter: 'B', page: 2, anchor: 'letter-b' },
    ]);
  });
});

describe('the chain of a vendor', () => {
  const chained = buildRegistry(
    source({
      processors: [
        processor('host'),
        processor('mailer', {
          name: 'Mailer',
          legalEntity: { name: 'Mailer Inc', country: 'US' },
          activities: [
            {
              purpose: 'transactional-email',
              description: 'Sends e-mail.',
              dataCategories: ['email-address'],
              dataSubjects: ['users'],
              retention: { period: 'P30D' },
              processing: ['US'],
            },
          ],
          transfers: [{ country: 'US', mechanisms: ['scc'], sccModule: 3 }],
          chain: {
            checkedOn: '2026-11-01',
            links: [
              { processor: 'host', purpose: 'Hosts the mail servers.' },
              { name: 'Cloud Inc', countries: ['US', 'IN'], purpose: 'Runs the servers.' },
            ],
          },
        }),
      ],
      changes: [
        change('listed', {
          type: 'listed',
          processors: ['host', 'mailer'],
          announced: '2026-01-01',
          effective: '2026-01-01',
        }),
      ],
    }),
    '2026-11-20',
  );

  it('names each link, in this registry or not, with its countries under the vendor’s transfers', () => {
    const links = chainLinks(chained.processorsById.get('mailer')!, chained);
    expect(links[0]).toMatchObject({ name: 'HOST', processor: 'host' });
    expect(links[0]!.countries).toEqual([{ country: 'NL', region: 'eea' }]);
    // Outside the EEA the vendor's onward transfer rests on safeguards the list does not record
    // (its own SCCs, DPF certification or BCR do not cover a fourth party): no region, not a guess.
    expect(links[1]!.countries).toEqual([
      { country: 'US', region: undefined },
      { country: 'IN', region: undefined },
    ]);
  });

  it('counts fourth parties in a country apart, each once, with the recipients they serve', () => {
    expect(fourthPartiesIn(chained, 'US').map((p) => [p.name, p.through.map((t) => t.id)])).toEqual(
      [['Cloud Inc', ['mailer']]],
    );
    expect(fourthPartiesIn(chained, 'NL').map((p) => p.processor)).toEqual(['host']);
    expect(fourthPartiesIn(chained, 'FR')).toEqual([]);
  });
});

describe('the embedded list', () => {
  it('shows the recipients active today, the first EMBED_LIMIT of them, and counts the rest', () => {
    const list = embeddedList(registry());
    // host is active; mailer is announced to join on 2026-12-15.
    expect(list.shown.map((p) => p.id)).toEqual(['host']);
    expect([list.active, list.upcoming]).toEqual([1, 1]);
    const many = buildRegistry(
      source({
        processors: Array.from({ length: EMBED_LIMIT + 5 }, (_, i) =>
          processor(`host-${String(i).padStart(3, '0')}`),
        ),
      }),
      '2026-11-20',
    );
    const capped = embeddedList(many);
    expect(capped.shown).toHaveLength(EMBED_LIMIT);
    expect(capped.active).toBe(EMBED_LIMIT + 5);
  });
});
