/**
 * The subscriber list: personal data, so never in content/ or dist/. A CSV (in CI, a secret)
 * with a header row and the columns email, language and products. The whole file is checked
 * before anything is sent; every bad row is reported by line and column.
 */
import { parse } from 'csv-parse/sync';
import { z } from 'astro/zod';
import type { Locale } from '../../i18n';
import type { Subscriber } from './message';

export interface SubscriberProblem {
  line: number;
  column: string;
  message: string;
}

const email = z.email();

/** The products a cell names: ids separated by spaces, commas or semicolons; empty or "all" for every product. */
const productsOf = (cell: string): string[] | undefined => {
  const ids = cell
    .split(/[\s,;]+/)
    .map((id) => id.trim())
    .filter(Boolean);
  return ids.length === 0 || (ids.length === 1 && ids[0]!.toLowerCase() === 'all')
    ? undefined
    : ids;
};

/** Reads and checks the subscriber CSV: the subscribers when every row is valid, and every problem. */
export function readSubscribers(
  text: string,
  site: { locales: readonly Locale[]; defaultLocale: Locale; products: readonly string[] },
): { subscribers: Subscriber[]; problems: SubscriberProblem[] } {
  const problems: SubscriberProblem[] = [];
  let rows: string[][];
  try {
    rows = parse(text.replace(/^\uFEFF/, ''), {
      relaxColumnCount: true,
      skipEmptyLines: true,
    }) as string[][];
  } catch (error) {
    return {
      subscribers: [],
      problems: [
        { line: 1, column: '(file)', message: `is not a CSV file: ${(error as Error).message}` },
      ],
    };
  }
  const [header, ...body] = rows;
  const names = (header ?? []).map((h) => h.trim().toLowerCase());
  const col = (name: string) => names.indexOf(name);
  if (col('email') < 0) {
    problems.push({
      line: 1,
      column: '(header)',
      message:
        'the first row must name the columns: email,language,products (language and products may be left out)',
    });
    return { subscribers: [], problems };
  }
  for (const unknown of names.filter((n) => !['email', 'language', 'products'].includes(n)))
    problems.push({
      line: 1,
      column: unknown,
      message: `"${unknown}" is not a column: write email, language or products`,
    });

  const seen = new Map<string, number>();
  const subscribers: Subscriber[] = [];
  body.forEach((row, i) => {
    const line = i + 2;
    const cell = (name: string) => (col(name) >= 0 ? (row[col(name)] ?? '').trim() : '');
    const address = cell('email');
    const language = (cell('language') || site.defaultLocale).toLowerCase();
    const products = productsOf(cell('products'));
    let ok = true;
    const report = (column: string, message: string) => {
      problems.push({ line, column, message });
      ok = false;
    };
    if (!email.safeParse(address).success) report('email', `"${address}" is not an e-mail address`);
    const first = seen.get(address.toLowerCase());
    if (first !== undefined)
      report('email', `${address} is on line ${first} already: list each address once`);
    else seen.set(address.toLowerCase(), line);
    if (!site.locales.includes(language as Locale))
      report(
        'language',
        `"${language}" is not a language of the site: write one of ${site.locales.join(', ')}`,
      );
    for (const id of products ?? [])
      if (!site.products.includes(id))
        report(
          'products',
          `"${id}" is not a product: write ids from content/products/ (${site.products.join(', ')}), or leave it empty for all`,
        );
    if (ok) subscribers.push({ address, language: language as Locale, products });
  });
  return { subscribers: problems.length === 0 ? subscribers : [], problems };
}
