// npm run docs: rewrites the parts of README.md that are generated from the code (the rules table).
// A test fails when the committed README differs from what this writes.
import { readFileSync, writeFileSync } from 'node:fs';
import { withRulesTable } from '../src/lib/rules/table';

const readme = readFileSync('README.md', 'utf8');
const updated = withRulesTable(readme);
if (updated === readme) console.log('README.md is up to date.');
else {
  writeFileSync('README.md', updated);
  console.log('README.md: rules table rewritten.');
}
