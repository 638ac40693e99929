// The benchmark's control: a minimal Astro site with as many pages as the registry it is compared
// with, one route and getStaticPaths, each page about a processor page's size (twelve rows of
// text), built by this project's Astro and indexed by this project's Pagefind, each in a process
// of its own. What the registry costs beyond it is what its own code costs.
import { mkdir, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { measure } from './measure.mjs';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

const PAGE = `---
export function getStaticPaths() {
  const count = Number(process.env.CONTROL_PAGES);
  const words = ['hosting', 'backup', 'e-mail', 'support', 'analytics', 'invoicing', 'Ireland',
    'United States', 'Germany', 'Standard contractual clauses', 'customer data', 'IP address'];
  return Array.from({ length: count }, (_, i) => ({
    params: { slug: \`page-\${i}\` },
    props: {
      i,
      rows: Array.from({ length: 12 }, (_, r) => ({
        label: \`Row \${r + 1}\`,
        text: Array.from({ length: 14 }, (_, w) => words[(i * 7 + r * 3 + w) % words.length]).join(' '),
      })),
    },
  }));
}
const { i, rows } = Astro.props;
---
<html lang="en">
  <head><meta charset="utf-8" /><title>Control page {i}</title></head>
  <body>
    <main data-pagefind-body>
      <h1>Control page {i}</h1>
      <table>
        {rows.map((row) => <tr><th>{row.label}</th><td>{row.text}</td></tr>)}
      </table>
    </main>
  </body>
</html>
`;

/** Writes the control project into `dir`, using this project's node_modules. */
async function writeControl(dir) {
  await mkdir(path.join(dir, 'src/pages'), { recursive: true });
  await writeFile(path.join(dir, 'src/pages/[slug].astro'), PAGE);
  await writeFile(path.join(dir, 'astro.config.mjs'), `export default { telemetry: false };\n`);
  await writeFile(
    path.join(dir, 'package.json'),
    `{ "name": "bench-control", "type": "module" }\n`,
  );
  await symlink(path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
}

/**
 * Builds the control with `pages` pages in `dir`: Astro in one process, then Pagefind over its
 * pages in another, each timed and its peak memory sampled.
 */
export async function buildControl(dir, pages) {
  await writeControl(dir);
  const env = { ...process.env, CONTROL_PAGES: String(pages), ASTRO_TELEMETRY_DISABLED: '1' };
  const astro = await measure(
    process.execPath,
    [
      '-e',
      `import('astro').then((a) => a.build({ root: ${JSON.stringify(dir)}, logLevel: 'error' }))`,
    ],
    { env, cwd: dir },
  );
  if (astro.code !== 0) throw new Error(`the control did not build:\n${astro.output}`);
  const pagefind = await measure(
    process.execPath,
    [path.join(ROOT, 'scripts/bench/control-index.mjs'), path.join(dir, 'dist')],
    { env, cwd: dir },
  );
  if (pagefind.code !== 0) throw new Error(`the control was not indexed:\n${pagefind.output}`);
  return { astro, pagefind, pages };
}
