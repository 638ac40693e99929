/**
 * Checks on a content file's raw text: calendar dates that do not exist (2025-11-31) and
 * placeholders left from a scaffold. The YAML parser behind content collections turns
 * them into the next valid day without a word, so the raw text is checked before it is trusted.
 */
import { parse } from 'yaml';

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether a YYYY-MM-DD string names a real day. */
export function isRealDate(text: string): boolean {
  const match = DATE.exec(text);
  if (!match) return false;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toISOString().slice(0, 10) === text;
}

/** The YAML of a data file, or the front matter of a Markdown/MDX file. */
function yamlOf(text: string, file: string): string {
  if (!/\.mdx?$/.test(file)) return text;
  const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text);
  return match?.[1] ?? '';
}

const DATE_IN_TEXT = /(?<!\d)\d{4}-\d{2}-\d{2}(?!\d)/g;

/** Whether the raw text holds a date-shaped word that is no real day, or a placeholder. */
function mayHoldProblem(text: string): boolean {
  if (text.includes(PLACEHOLDER)) return true;
  for (const [date] of text.matchAll(DATE_IN_TEXT)) if (!isRealDate(date)) return true;
  return false;
}

/** Values the scaffolds leave for the author to replace (npm run new, npm run import). */
export const PLACEHOLDER = 'FILL IN';

/** Every date-shaped value that is not a real day, and every scaffold placeholder left, with its field. */
export function rawProblems(text: string, file: string): { field: string; message: string }[] {
  return impossibleDates(text, file).map(({ field, value }) => ({
    field,
    message: value.startsWith(PLACEHOLDER)
      ? `still holds a placeholder: fill in ${value.slice(PLACEHOLDER.length).replace(/^[:\s]+/, '')}.`
      : `"${value}" is not a date: write YYYY-MM-DD, e.g. 2026-03-01`,
  }));
}

/** Every date-shaped value in a file that is not a real day (and every placeholder), with the dotted path of its field. */
export function impossibleDates(text: string, file: string): { field: string; value: string }[] {
  // Most files hold neither: parsing only the ones that do keeps large registries fast.
  if (!mayHoldProblem(text)) return [];
  let data: unknown;
  try {
    // The core schema keeps dates as the strings the author wrote.
    data = parse(yamlOf(text, file), { schema: 'core' });
  } catch {
    return []; // Syntax errors are reported by the content loader itself.
  }
  const found: { field: string; value: string }[] = [];
  const walk = (value: unknown, field: string) => {
    if (typeof value === 'string') {
      if ((DATE.test(value) && !isRealDate(value)) || value.startsWith(PLACEHOLDER))
        found.push({ field, value });
    } else if (Array.isArray(value)) {
      value.forEach((item, i) => walk(item, `${field}[${i}]`));
    } else if (value && typeof value === 'object') {
      for (const [key, item] of Object.entries(value)) walk(item, field ? `${field}.${key}` : key);
    }
  };
  walk(data, '');
  return found;
}
