/**
 * Where the content lives: `content/` unless REGISTRY_CONTENT points elsewhere (fixtures, bench).
 * The example registry is `content/` in a fresh clone; `npm run init` moves it to EXAMPLE_DIR,
 * where `npm start -- --example` and the tests still find it.
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';

/** Where `npm run init` keeps the example content, relative to the project's root. */
export const EXAMPLE_DIR = 'examples/klimaatmeter/content';

export function contentDir(root: string = process.cwd()): string {
  return path.resolve(root, process.env['REGISTRY_CONTENT'] ?? 'content');
}

/** The example content: under examples/ once `npm run init` has moved it there, else content/. */
export function exampleContentDir(root: string = process.cwd()): string {
  const moved = path.resolve(root, EXAMPLE_DIR);
  return existsSync(moved) ? moved : path.resolve(root, 'content');
}

/** The ids of the products in a content folder (its products/*.yaml), read without parsing them. */
export function productIds(dir: string): string[] {
  const folder = path.join(dir, 'products');
  return existsSync(folder)
    ? readdirSync(folder)
        .filter((f) => /^[^_.].*\.ya?ml$/.test(f))
        .map((f) => f.replace(/\.ya?ml$/, ''))
    : [];
}
