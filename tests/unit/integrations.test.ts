import { describe, expect, it } from 'vitest';
import { sectionGlob } from '../../src/integrations/pagefind';

describe('sectionGlob', () => {
  it('names the indexed folders at the root and under every other language', () => {
    expect(sectionGlob(['processors', 'changes'], [])).toBe('{processors,changes}/**/*.html');
    expect(sectionGlob(['processors', 'changes'], ['nl', 'de'])).toBe('{processors,changes,nl/processors,nl/changes,de/processors,de/changes}/**/*.html');
  });
});
