import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { problemOf, RULES } from '../../src/lib/rules';
import { withRulesTable } from '../../src/lib/rules/table';

describe('the rule list', () => {
  it('gives every rule a unique kebab-case id, a level and a one-line reason', () => {
    const ids = RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of RULES) {
      expect(r.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(['error', 'warning']).toContain(r.level);
      expect(r.reason.length).toBeGreaterThan(20);
      expect(r.reason).not.toContain('\n');
    }
  });

  it('is the table in the README (npm run docs rewrites it)', () => {
    const readme = readFileSync('README.md', 'utf8');
    expect(withRulesTable(readme)).toBe(readme);
  });

  it('lowers a rule or switches it off with the reason, but never a locked one', () => {
    const finding = { file: 'content/processors/x.yaml', field: 'name', message: 'm' };
    const lowered = problemOf('change-product-mismatch', finding, {
      'change-product-mismatch': { level: 'warning', reason: 'we list shared vendors once' },
    });
    expect(lowered).toMatchObject({
      level: 'warning',
      silenced: 'lowered to a warning: we list shared vendors once',
    });
    const off = problemOf('processor-without-change', finding, {
      'processor-without-change': { level: 'off', reason: 'the log starts in 2024' },
    });
    expect(off).toMatchObject({ level: 'off', silenced: 'switched off: the log starts in 2024' });
    const locked = problemOf('notice-too-short', finding, {
      'notice-too-short': { level: 'off', reason: 'no' },
    });
    expect(locked).toMatchObject({ level: 'error', rule: 'notice-too-short' });
    expect(locked.silenced).toBeUndefined();
  });

  it('names the rule of a schema refinement that the rule list has', () => {
    const schemaRules = RULES.filter((r) => r.stage === 'schema').map((r) => r.id);
    const sources = ['change', 'processor', 'retention', 'organization']
      .map((name) => readFileSync(`src/schemas/${name}.ts`, 'utf8'))
      .join('\n');
    const named = [...sources.matchAll(/rule: '([a-z0-9-]+)'/g)].map((m) => m[1]);
    expect(named.length).toBeGreaterThan(5);
    for (const id of named) expect(schemaRules).toContain(id);
  });
});
