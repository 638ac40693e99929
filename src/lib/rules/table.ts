/** The README's table of content rules, made from the rule list so the two cannot drift. */
import { RULES } from './index';

const STAGES = {
  tree: 'folder',
  file: 'raw text',
  schema: 'schema',
  references: 'references',
  content: 'content',
  releases: 'releases',
} as const;

/** A Markdown table: id, level, whether organization.yaml may lower it, where it runs, why. */
export function rulesTable(): string {
  const escape = (text: string) => text.replace(/\|/g, '\\|');
  const rows = RULES.map(
    (r) =>
      `| \`${r.id}\` | ${r.level} | ${r.locked ? 'no' : 'yes'} | ${STAGES[r.stage]} | ${escape(r.reason)}${r.law ? ` (${escape(r.law)})` : ''} |`,
  );
  return [
    '| rule | level | can be lowered | checks | why |',
    '| --- | --- | --- | --- | --- |',
    ...rows,
  ].join('\n');
}

export const RULES_START = '<!-- rules: generated from src/lib/rules/index.ts by npm run docs -->';
export const RULES_END = '<!-- /rules -->';

/** `readme` with its rules table replaced by the current one. */
export function withRulesTable(readme: string): string {
  const start = readme.indexOf(RULES_START);
  const end = readme.indexOf(RULES_END);
  if (start < 0 || end < start)
    throw new Error(`the README has no ${RULES_START} … ${RULES_END} block`);
  return `${readme.slice(0, start + RULES_START.length)}\n${rulesTable()}\n${readme.slice(end)}`;
}
