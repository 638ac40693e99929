import { describe, expect, it } from 'vitest';
import { changesByProcessor, statusOf, type StatusChange } from '../../src/lib/model/status';

const added = (
  id: string,
  processor: string,
  announced: string,
  effective: string,
): StatusChange => ({
  id,
  type: 'added',
  processors: [processor],
  announced,
  effective,
});
const removed = (
  id: string,
  processor: string,
  announced: string,
  effective: string,
): StatusChange => ({
  id,
  type: 'removed',
  processors: [processor],
  announced,
  effective,
});

describe('statusOf', () => {
  it('counts a processor with no change as active: it predates the change log', () => {
    expect(statusOf('legacy', [], '2026-01-01')).toEqual({ status: 'active' });
  });

  it('hides an addition that is not announced yet', () => {
    expect(
      statusOf('new', [added('a', 'new', '2026-02-01', '2026-03-01')], '2026-01-15').status,
    ).toBe('unannounced');
  });

  it('is upcoming between announcement and effective date, with the pending change', () => {
    const result = statusOf('new', [added('a', 'new', '2026-02-01', '2026-03-01')], '2026-02-01');
    expect(result).toEqual({
      status: 'upcoming',
      since: undefined,
      pending: { changeId: 'a', becomes: 'active', effective: '2026-03-01' },
    });
  });

  it('is active from the effective date on', () => {
    expect(statusOf('new', [added('a', 'new', '2026-02-01', '2026-03-01')], '2026-03-01')).toEqual({
      status: 'active',
      since: '2026-03-01',
    });
  });

  it('stays active with a pending removal until the removal takes effect, then is removed', () => {
    const changes = [
      added('a', 'p', '2024-01-01', '2024-02-01'),
      removed('r', 'p', '2026-01-01', '2026-02-01'),
    ];
    expect(statusOf('p', changes, '2026-01-10')).toMatchObject({
      status: 'active',
      pending: { becomes: 'removed' },
    });
    expect(statusOf('p', changes, '2026-02-01')).toEqual({
      status: 'removed',
      since: '2026-02-01',
    });
  });

  it('treats replaced as an addition of the new and a removal of the old processor', () => {
    const change: StatusChange = {
      id: 'x',
      type: 'replaced',
      processors: ['new'],
      replaces: ['old'],
      announced: '2023-02-20',
      effective: '2023-04-01',
    };
    expect(statusOf('new', [change], '2023-03-01').status).toBe('upcoming');
    expect(statusOf('old', [change], '2023-03-01').status).toBe('active');
    expect(statusOf('new', [change], '2023-04-01').status).toBe('active');
    expect(statusOf('old', [change], '2023-04-01').status).toBe('removed');
  });

  it('keeps a processor removed from the log’s start active until its removal (it predates the log)', () => {
    expect(
      statusOf('old', [removed('r', 'old', '2021-08-16', '2021-09-01')], '2021-08-20').status,
    ).toBe('active');
  });

  it('lets a changed entry leave the status alone', () => {
    const changes: StatusChange[] = [
      {
        id: 'c',
        type: 'changed',
        processors: ['p'],
        announced: '2022-01-01',
        effective: '2022-02-01',
      },
    ];
    expect(statusOf('p', changes, '2022-03-01').status).toBe('active');
  });

  it('can add a processor back after it was removed', () => {
    const changes = [
      added('a', 'p', '2020-01-01', '2020-02-01'),
      removed('r', 'p', '2021-01-01', '2021-02-01'),
      added('b', 'p', '2023-01-01', '2023-02-01'),
    ];
    expect(statusOf('p', changes, '2022-01-01').status).toBe('removed');
    expect(statusOf('p', changes, '2023-02-01').status).toBe('active');
  });

  it('ignores a withdrawn change, and marks a processor whose only addition was withdrawn', () => {
    const withdrawn: StatusChange = {
      ...added('a', 'p', '2026-03-01', '2026-04-15'),
      withdrawnOn: '2026-03-10',
    };
    expect(statusOf('p', [withdrawn], '2026-03-05').status).toBe('upcoming');
    expect(statusOf('p', [withdrawn], '2026-03-10')).toEqual({ status: 'withdrawn' });
    expect(statusOf('p', [withdrawn], '2026-05-01')).toEqual({ status: 'withdrawn' });
    const removal: StatusChange = {
      ...removed('r', 'q', '2026-03-01', '2026-04-01'),
      withdrawnOn: '2026-03-02',
    };
    expect(
      statusOf('q', [added('a', 'q', '2025-01-01', '2025-02-01'), removal], '2026-05-01').status,
    ).toBe('active');
  });
});

const change = (
  fields: Pick<StatusChange, 'id' | 'type' | 'processors'> & Partial<StatusChange>,
): StatusChange => ({ announced: '2026-01-01', effective: '2026-02-01', ...fields });

describe('changesByProcessor', () => {
  it('lists each change under every processor it names or replaces, once, in log order', () => {
    const log = [
      change({ id: 'a', type: 'added', processors: ['x', 'x'] }),
      change({ id: 'b', type: 'replaced', processors: ['y'], replaces: ['x'] }),
      change({ id: 'c', type: 'changed', processors: ['y'] }),
    ];
    const byProcessor = changesByProcessor(log);
    expect(byProcessor.get('x')?.map(({ id }) => id)).toEqual(['a', 'b']);
    expect(byProcessor.get('y')?.map(({ id }) => id)).toEqual(['b', 'c']);
    expect(byProcessor.has('z')).toBe(false);
  });
});
