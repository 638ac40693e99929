import { describe, expect, it } from 'vitest';
import { addDays, buildDate, daysBetween } from '../../src/core/dates';
import type { Role } from '../../src/core/roles';
import {
  needsNotice,
  noObjectionReason,
  objectionDeadline,
  objectionOpen,
} from '../../src/lib/model/notice';
import { noticeProblems } from '../../src/lib/rules/notice';
import type { ChangeData } from '../../src/schemas/change';

describe('objectionDeadline', () => {
  const rules = { noticePeriodDays: 30 };

  it('keeps a deadline the author gave', () => {
    expect(
      objectionDeadline(
        { announced: '2026-01-01', effective: '2026-03-01', objectionDeadline: '2026-01-20' },
        rules,
      ),
    ).toBe('2026-01-20');
  });

  it('derives it from the announcement plus the objection window', () => {
    expect(objectionDeadline({ announced: '2026-11-10', effective: '2026-12-15' }, rules)).toBe(
      '2026-12-10',
    );
    expect(
      objectionDeadline(
        { announced: '2026-11-10', effective: '2026-12-15' },
        { ...rules, objectionWindowDays: 14 },
      ),
    ).toBe('2026-11-24');
  });

  it('never lets a derived deadline fall after the effective date', () => {
    expect(objectionDeadline({ announced: '2026-01-01', effective: '2026-01-10' }, rules)).toBe(
      '2026-01-10',
    );
  });
});

describe('objectionOpen', () => {
  it('is open from the announcement through the deadline day', () => {
    expect(objectionOpen('2026-12-10', '2026-11-10', '2026-11-09')).toBe(false);
    expect(objectionOpen('2026-12-10', '2026-11-10', '2026-11-10')).toBe(true);
    expect(objectionOpen('2026-12-10', '2026-11-10', '2026-12-10')).toBe(true);
    expect(objectionOpen('2026-12-10', '2026-11-10', '2026-12-11')).toBe(false);
  });
});

describe('buildDate', () => {
  it('honours SOURCE_DATE_EPOCH so builds are reproducible', () => {
    expect(buildDate({ SOURCE_DATE_EPOCH: '1763640000' })).toBe('2025-11-20');
    expect(buildDate({}, new Date('2026-03-04T23:59:00Z'))).toBe('2026-03-04');
  });

  it('rejects a SOURCE_DATE_EPOCH that is not whole seconds', () => {
    expect(() => buildDate({ SOURCE_DATE_EPOCH: '2026-01-01' })).toThrow(/whole seconds/);
  });

  it('counts and adds days across month and year ends', () => {
    expect(daysBetween('2026-12-20', '2027-01-19')).toBe(30);
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
  });
});

describe('noticeProblems', () => {
  const rules = { noticePeriodDays: 30 };
  const change = (data: Partial<ChangeData>) => ({
    file: 'content/changes/c.yaml',
    data: {
      type: 'added',
      processors: ['p'],
      products: ['app'],
      summary: 's',
      announced: '2026-01-01',
      effective: '2026-02-15',
      ...data,
    } as ChangeData,
  });

  it('accepts an addition with enough notice', () => {
    expect(noticeProblems([change({})], rules)).toEqual([]);
    expect(noticeProblems([change({ effective: '2026-01-31' })], rules)).toEqual([]);
  });

  it('rejects an addition or replacement with too little notice, naming both dates', () => {
    const [problem] = noticeProblems([change({ effective: '2026-01-20' })], rules);
    expect(problem).toMatchObject({
      level: 'error',
      file: 'content/changes/c.yaml',
      field: 'effective',
    });
    expect(problem!.message).toContain(
      "gives 19 days' notice (announced 2026-01-01, effective 2026-01-20)",
    );
    expect(problem!.message).toContain('Set effective to 2026-01-31 or later');
    expect(
      noticeProblems(
        [change({ type: 'replaced', replaces: ['q'], effective: '2026-01-02' })],
        rules,
      ),
    ).toHaveLength(1);
  });

  it('lets removals and changes take effect at once, and emergencies with a justification', () => {
    expect(noticeProblems([change({ type: 'removed', effective: '2026-01-01' })], rules)).toEqual(
      [],
    );
    expect(noticeProblems([change({ type: 'changed', effective: '2026-01-01' })], rules)).toEqual(
      [],
    );
    expect(
      noticeProblems(
        [change({ effective: '2026-01-02', emergency: { justification: 'Under attack.' } })],
        rules,
      ),
    ).toEqual([]);
  });

  it('rejects an objection deadline after the effective date or before the announcement', () => {
    expect(noticeProblems([change({ objectionDeadline: '2026-02-16' })], rules)[0]).toMatchObject({
      field: 'objectionDeadline',
    });
    expect(
      noticeProblems([change({ objectionDeadline: '2025-12-31' })], rules)[0]!.message,
    ).toContain('before the announcement');
  });
});

describe('who is owed notice and an objection window', () => {
  const roles: Record<string, Role> = {
    sub: 'sub-processor',
    own: 'processor',
    ads: 'independent-controller',
    tax: 'recipient-category',
  };
  const roleOf = (id: string) => roles[id];
  const of = (type: ChangeData['type'], processors: string[], replaces?: string[]) => ({
    type,
    processors,
    ...(replaces ? { replaces } : {}),
  });

  it('owes notice for a new sub-processor, added or replacing another, and for nothing else', () => {
    expect(needsNotice(of('added', ['sub']), roleOf)).toBe(true);
    expect(needsNotice(of('replaced', ['sub'], ['own']), roleOf)).toBe(true);
    expect(needsNotice(of('added', ['own']), roleOf)).toBe(false);
    expect(needsNotice(of('added', ['ads', 'tax']), roleOf)).toBe(false);
    expect(needsNotice(of('removed', ['sub']), roleOf)).toBe(false);
    expect(needsNotice(of('listed', ['sub']), roleOf)).toBe(false);
  });

  it('gives no objection window to a first list, or to a change that concerns no sub-processor', () => {
    expect(noObjectionReason(of('listed', ['sub']), roleOf)).toBe('listed');
    expect(noObjectionReason(of('added', ['own']), roleOf)).toBe('role');
    expect(noObjectionReason(of('changed', ['ads']), roleOf)).toBe('role');
    expect(noObjectionReason(of('removed', ['sub']), roleOf)).toBeUndefined();
    // A sub-processor replaced by a processor still concerns a sub-processor.
    expect(noObjectionReason(of('replaced', ['own'], ['sub']), roleOf)).toBeUndefined();
  });

  it('treats a recipient it does not know as a sub-processor, the stricter reading', () => {
    expect(needsNotice(of('added', ['unknown']), roleOf)).toBe(true);
    expect(noObjectionReason(of('added', ['unknown']), roleOf)).toBeUndefined();
  });
});
