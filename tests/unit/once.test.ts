/** Values made once per owner: the build's files, read by their route and by the discovery document. */
import { describe, expect, it } from 'vitest';
import { once, onceFor } from '../../src/core/once';

describe('once', () => {
  it('makes a value once per owner and key, and again for another owner', () => {
    let made = 0;
    const make = () => ({ n: ++made });
    const a = {};
    const b = {};
    expect(once(a, 'x', make)).toBe(once(a, 'x', make));
    expect(once(b, 'x', make)).not.toBe(once(a, 'x', make));
    expect(once(a, 'y', make).n).toBe(3);
    expect(made).toBe(3);
  });

  it('lets a value go after its reads, and makes it again for a read after the last', () => {
    let made = 0;
    const owner = {};
    const first = onceFor(owner, 'file', 2, () => ({ n: ++made }));
    expect(onceFor(owner, 'file', 2, () => ({ n: ++made }))).toBe(first);
    const third = onceFor(owner, 'file', 2, () => ({ n: ++made }));
    expect(third).not.toBe(first);
    expect(made).toBe(2);
  });
});
