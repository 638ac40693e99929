import { describe, expect, it } from 'vitest';
import ch from '../../src/law/ch.json';
import eu from '../../src/law/eu.json';
import mechanisms from '../../src/law/mechanisms.json';
import places from '../../src/law/places.json';
import uk from '../../src/law/uk.json';
import version from '../../src/law/version.json';
import {
  LAW,
  decisionOn,
  lawTableVersion,
  mechanismLabelOn,
  parseLawTables,
  pendingChallenges,
  type LawFiles,
} from '../../src/law';

const files = (): LawFiles =>
  structuredClone({
    'version.json': version,
    'places.json': places,
    'mechanisms.json': mechanisms,
    'eu.json': eu,
    'uk.json': uk,
    'ch.json': ch,
  });

/** The tables with one EU decision changed by `edit`. */
function withEuDecision(id: string, edit: (entry: Record<string, unknown>) => void): LawFiles {
  const tables = files();
  const table = tables['eu.json'] as { decisions: Record<string, unknown>[] };
  edit(table.decisions.find((d) => d['id'] === id)!);
  return tables;
}

describe('the law tables', () => {
  it('parse, every entry with its official source and the day it was checked', () => {
    expect(() => parseLawTables(files())).not.toThrow();
    for (const entry of LAW.decisions) {
      expect(entry.source.url, entry.id).toMatch(/^https:\/\//);
      expect(entry.source.checkedOn <= lawTableVersion, entry.id).toBe(true);
    }
    for (const mechanism of LAW.mechanisms) expect(mechanism.source.checkedOn).toBeDefined();
  });

  it('refuse an entry without a source, naming the file and the entry', () => {
    expect(() => parseLawTables(withEuDecision('eu-br-2026', (d) => delete d['source']))).toThrow(
      /src\/law\/eu\.json: decisions\[\d+\]\.source/,
    );
  });

  it('refuse a case or an organisation without its source', () => {
    const withoutCaseSource = withEuDecision('eu-us-2023', (d) => {
      delete (d['challenges'] as Record<string, unknown>[])[0]!['source'];
    });
    expect(() => parseLawTables(withoutCaseSource)).toThrow(/challenges\[0\]\.source/);
    const tables = files();
    const places = tables['places.json'] as { organisations: Record<string, unknown>[] };
    delete places.organisations[0]!['source'];
    expect(() => parseLawTables(tables)).toThrow(/places\.json: organisations\[0\]\.source/);
  });

  it('refuse an entry without the day it was checked', () => {
    const tables = withEuDecision('eu-br-2026', (d) => {
      delete (d['source'] as Record<string, unknown>)['checkedOn'];
    });
    expect(() => parseLawTables(tables)).toThrow(/decisions\[\d+\]\.source\.checkedOn/);
  });

  it('refuse an entry checked after the tables’ version', () => {
    const tables = withEuDecision('eu-br-2026', (d) => {
      (d['source'] as Record<string, unknown>)['checkedOn'] = '2099-01-01';
    });
    expect(() => parseLawTables(tables)).toThrow(/raise lawTableVersion/);
  });

  it('refuse two periods of one destination that overlap', () => {
    const tables = withEuDecision('eu-gb-2021', (d) => {
      d['until'] = '2025-07-01';
    });
    expect(() => parseLawTables(tables)).toThrow(
      /eu-gb-2025-extended: its period overlaps eu-gb-2021/,
    );
  });

  it('refuse a requirement that names no mechanism of the regime', () => {
    const tables = withEuDecision('eu-us-2023', (d) => {
      d['requires'] = 'swiss-dpf';
    });
    expect(() => parseLawTables(tables)).toThrow(/requires swiss-dpf, which is no eu mechanism/);
  });

  it('have a version that is a day', () => {
    expect(lawTableVersion).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});

describe('the decision in force on a day', () => {
  it('for the United Kingdom: 2021/1772, then as extended by 2025/1226, then as renewed by 2025/2574', () => {
    expect(decisionOn('eu', 'GB', '2025-06-01')).toMatchObject({
      id: 'eu-gb-2021',
      instrument: { number: '(EU) 2021/1772' },
    });
    expect(decisionOn('eu', 'GB', '2025-06-01')?.amendedBy).toBeUndefined();
    expect(decisionOn('eu', 'GB', '2025-10-01')?.amendedBy?.number).toBe('(EU) 2025/1226');
    expect(decisionOn('eu', 'GB', '2026-12-01')?.amendedBy?.number).toBe('(EU) 2025/2574');
    expect(decisionOn('eu', 'GB', '2026-12-01')?.until).toBe('2031-12-27');
    // The immigration carve-out of 2021 is gone from the renewed decision.
    expect(decisionOn('eu', 'GB', '2025-06-01')?.scope?.en).toMatch(/immigration/);
    expect(decisionOn('eu', 'GB', '2026-12-01')?.scope).toBeUndefined();
    expect(decisionOn('eu', 'GB', '2032-01-01')).toBeUndefined();
  });

  it('for the European Patent Organisation, from 15 July 2025', () => {
    expect(decisionOn('eu', 'EPO', '2025-07-14')).toBeUndefined();
    expect(decisionOn('eu', 'EPO', '2025-07-15')?.instrument.number).toBe('(EU) 2025/1382');
  });

  it('under UK law: the EEA and Gibraltar, the Republic of Korea from 19 December 2022, the US only through the UK Extension', () => {
    expect(decisionOn('uk', 'DE', '2026-06-01')?.id).toBe('uk-eea-2021');
    expect(decisionOn('uk', 'GI', '2026-06-01')).toBeDefined();
    expect(decisionOn('uk', 'KR', '2022-12-18')).toBeUndefined();
    expect(decisionOn('uk', 'KR', '2022-12-19')?.instrument.number).toBe('SI 2022/1213');
    expect(decisionOn('uk', 'US', '2026-06-01')?.requires).toBe('uk-dpf-extension');
    expect(decisionOn('uk', 'BR', '2026-06-01')).toBeUndefined();
  });

  it('under Swiss law: Annex 1, with Monaco and Gibraltar but not Japan or Korea, the US only through the Swiss-US DPF', () => {
    for (const code of ['MC', 'GI', 'GB', 'AR'])
      expect(decisionOn('ch', code, '2026-06-01')).toBeDefined();
    for (const code of ['JP', 'KR', 'BR'])
      expect(decisionOn('ch', code, '2026-06-01')).toBeUndefined();
    expect(decisionOn('ch', 'US', '2024-09-15')?.requires).toBe('swiss-dpf');
    expect(decisionOn('ch', 'US', '2024-09-14')).toBeUndefined();
  });
});

describe('challenges', () => {
  const us = (day: string) => decisionOn('eu', 'US', day)!;
  it('names the case pending against the EU-US decision on the day', () => {
    expect(pendingChallenges(us('2025-06-01'), '2025-06-01').map((c) => c.case)).toEqual([
      'T-553/23',
    ]);
    expect(pendingChallenges(us('2025-10-01'), '2025-10-01')).toEqual([]);
    expect(pendingChallenges(us('2026-12-01'), '2026-12-01').map((c) => c.case)).toEqual([
      'C-703/25 P',
    ]);
  });

  it('does not count a ruling the decision relies on as a case against it', () => {
    const slaughter = us('2026-12-01').challenges?.find((c) => c.name === 'Trump v. Slaughter');
    expect(slaughter?.kind).toBe('bearing');
    expect(pendingChallenges(us('2026-03-01'), '2026-03-01').map((c) => c.name)).not.toContain(
      'Trump v. Slaughter',
    );
  });
});

describe('labels the law changed', () => {
  it('calls UK approvals and safeguards by the Data (Use and Access) Act’s terms from 5 February 2026', () => {
    expect(mechanismLabelOn('uk-adequacy', '2026-02-04')?.en).toMatch(/Art\. 45\)/);
    expect(mechanismLabelOn('uk-adequacy', '2026-02-05')?.en).toMatch(/Art\. 45A/);
    expect(mechanismLabelOn('uk-idta', '2026-02-04')?.en).not.toMatch(/data protection test/);
    expect(mechanismLabelOn('uk-idta', '2026-02-05')?.en).toMatch(/data protection test/);
    expect(mechanismLabelOn('scc', '2026-02-05')).toBeUndefined();
  });
});
