import { describe, expect, it } from 'vitest';
import { addDays, buildDate, daysBetween } from '../../src/lib/build-date';
import { objectionDeadline, objectionOpen } from '../../src/lib/notice';

describe('objectionDeadline', () => {
  const rules = { noticePeriodDays: 30 };

  it('keeps a deadline the author gave', () => {
    expect(objectionDeadline({ announced: '2026-01-01', effective: '2026-03-01', objectionDeadline: '2026-01-20' }, rules)).toBe('2026-01-20');
  });

  it('derives it from the announcement plus the objection window', () => {
    expect(objectionDeadline({ announced: '2026-11-10', effective: '2026-12-15' }, rules)).toBe('2026-12-10');
    expect(objectionDeadline({ announced: '2026-11-10', effective: '2026-12-15' }, { ...rules, objectionWindowDays: 14 })).toBe('2026-11-24');
  });

  it('never lets a derived deadline fall after the effective date', () => {
    expect(objectionDeadline({ announced: '2026-01-01', effective: '2026-01-10' }, rules)).toBe('2026-01-10');
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
