import { describe, expect, it } from 'vitest';
import { sectionGlob } from '../../src/integrations/pagefind';

describe('sectionGlob', () => {
  it('names the indexed folders at the root and under every other language', () => {
    expect(sectionGlob(['processors', 'changes'], ['en'], 'en')).toBe(
      '{processors,changes}/**/*.html',
    );
    expect(sectionGlob(['processors', 'changes'], ['en', 'nl'], 'en')).toBe(
      '{processors,changes,nl/processors,nl/changes}/**/*.html',
    );
    expect(sectionGlob(['processors'], ['en', 'nl'], 'nl')).toBe(
      '{en/processors,processors}/**/*.html',
    );
  });
});
