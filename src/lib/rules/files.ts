/**
 * Rules on a content file's raw text: calendar dates that do not exist (2025-11-31) and
 * placeholders left from a scaffold. The YAML parser behind content collections turns
 * them into the next valid day without a word, so the raw text is checked before it is trusted.
 */
import { parse } from 'yaml';
import { DATE, isRealDate } from '../../core/dates';
import { PLACEHOLDER } from '../../core/placeholder';
import { yamlOf } from '../load/yaml';
import { rule } from './rule';

const DATE_IN_TEXT = /(?<!\d)\d{4}-\d{2}-\d{2}(?!\d)/g;
/** A date with a time of day: YAML would turn it into an instant, and the day could shift. */
const TIMESTAMP = /^(\d{4}-\d{1,2}-\d{1,2})(?:[Tt]|[ \t]+)\d{1,2}:\d{2}/;
const TIMESTAMP_IN_TEXT = /\d{4}-\d{1,2}-\d{1,2}(?:[Tt]|[ \t]+)\d{1,2}:\d{2}/;

/** Whether the raw text holds a date-shaped word that is no real day, a timestamp, or a placeholder. */
function mayHoldProblem(text: string): boolean {
  if (text.includes(PLACEHOLDER) || TIMESTAMP_IN_TEXT.test(text)) return true;
  for (const [date] of text.matchAll(DATE_IN_TEXT)) if (!isRealDate(date)) return true;
  return false;
}

export const placeholderLeft = rule({
  id: 'placeholder-left',
  level: 'error',
  locked: true,
  reason: 'A scaffold or import placeholder (FILL IN) must never reach the published list.',
  stage: 'file',
  check: ({ file, text }, report) => {
    for (const { field, value } of impossibleDates(text, file)) {
      if (value.startsWith(PLACEHOLDER)) {
        const what = value.slice(PLACEHOLDER.length).replace(/^[:\s]+/, '');
        report({ file, field, message: `still holds a placeholder: fill in ${what}.` });
      }
    }
  },
});

export const impossibleDate = rule({
  id: 'impossible-date',
  level: 'error',
  locked: true,
  reason:
    'A date that is no real day (2025-11-31) would be rolled over to another day by the YAML parser.',
  stage: 'file',
  check: ({ file, text }, report) => {
    for (const { field, value } of impossibleDates(text, file)) {
      if (!value.startsWith(PLACEHOLDER)) {
        report({
          file,
          field,
          message: `"${value}" is not a date: write YYYY-MM-DD, e.g. 2026-03-01`,
        });
      }
    }
  },
});

/** Every date-shaped value in a file that is not a real day (and every placeholder), with the dotted path of its field. */
export function impossibleDates(text: string, file: string): { field: string; value: string }[] {
  return suspectValues(text, file).filter((v) => !TIMESTAMP.test(v.value));
}

/** Every value that is a placeholder, a date that is no real day, or a timestamp, with its field. */
function suspectValues(text: string, file: string): { field: string; value: string }[] {
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
      if (
        (DATE.test(value) && !isRealDate(value)) ||
        value.startsWith(PLACEHOLDER) ||
        TIMESTAMP.test(value)
      )
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

export const timestampNotDate = rule({
  id: 'timestamp-not-date',
  level: 'error',
  locked: true,
  reason:
    'A date with a time of day is read as an instant, and its day can shift to the one before or after.',
  stage: 'file',
  check: ({ file, text }, report) => {
    // The send ledger and the watch snapshots record instants on purpose: commands write them.
    if (/(^|[\\/])(notices|watch)[\\/][^\\/]+\.json$/.test(file)) return;
    for (const { field, value } of suspectValues(text, file)) {
      const written = TIMESTAMP.exec(value)?.[1];
      if (written === undefined) continue;
      const day = written
        .split('-')
        .map((part, i) => (i === 0 ? part : part.padStart(2, '0')))
        .join('-');
      report({
        file,
        field,
        message: `"${value}" is a time, not a day: write the day as ${day}${isRealDate(day) ? '' : ' (a real one)'}.`,
      });
    }
  },
});

export const emptyFile = rule({
  id: 'empty-file',
  level: 'error',
  locked: true,
  reason: 'An empty data file has no facts to publish, and would be read as nothing at all.',
  stage: 'file',
  check: ({ file, text }, report) => {
    if (/\.mdx?$/.test(file)) return;
    const content = text
      .replace(/^\uFEFF/, '')
      .replace(/^\s*#.*$/gm, '')
      .trim();
    if (content !== '') return;
    report({
      file,
      field: '(file)',
      message: 'is empty: write its facts as YAML (field: value), or delete the file.',
    });
  },
});

/** Image targets in a note: Markdown images (inline and by reference) and HTML img, source and image. */
function imageTargets(body: string): string[] {
  const targets: string[] = [];
  for (const [, target] of body.matchAll(/!\[[^\]]*\]\(\s*<?([^\s)>]*)/g))
    targets.push(target ?? '');
  const definitions = new Map(
    [...body.matchAll(/^\s{0,3}\[([^\]]+)\]:\s*<?(\S+?)>?(?:\s|$)/gm)].map(([, label, target]) => [
      label!.toLowerCase(),
      target!,
    ]),
  );
  for (const [, text, label] of body.matchAll(/!\[([^\]]*)\](?:\[([^\]]*)\])?(?!\()/g)) {
    const target = definitions.get((label || text || '').toLowerCase());
    if (target !== undefined) targets.push(target);
  }
  for (const [, attributes] of body.matchAll(
    /<(?:img|image|source|input|video|audio)\b([^>]*)>/gi,
  )) {
    for (const [, value] of (attributes ?? '').matchAll(
      /\b(?:src|srcset|href|poster)\s*=\s*["']?([^"'\s>]*)/gi,
    ))
      targets.push(value ?? '');
  }
  return targets;
}

export const noteImageNotUrl = rule({
  id: 'note-image-not-url',
  level: 'error',
  locked: true,
  reason:
    'An image path in a note is published from wherever it points, even outside content/: notes show images only by their https:// address.',
  stage: 'file',
  check: ({ file, text }, report) => {
    if (!/\.mdx?$/.test(file)) return;
    const body = text.replace(/^\uFEFF?---\r?\n[\s\S]*?\r?\n---/, '');
    for (const target of imageTargets(body)) {
      // A path (relative, absolute or file:) is read from disk; any other scheme is the sanitiser's.
      if (/^[a-z][a-z0-9+.-]*:/i.test(target) && !/^file:/i.test(target)) continue;
      report({
        file,
        field: '(notes)',
        message: `shows the image "${target}", a path on the build machine: the build would publish whatever file it reaches. Link to the image at its https:// address, or leave it out.`,
      });
    }
  },
});

export const jsonByteOrderMark = rule({
  id: 'json-byte-order-mark',
  level: 'error',
  locked: true,
  reason:
    'JSON has no byte-order mark: a release saved with one by an editor no longer parses as JSON.',
  stage: 'file',
  check: ({ file, text }, report) => {
    if (!file.endsWith('.json') || !text.startsWith('\uFEFF')) return;
    report({
      file,
      field: '(file)',
      message:
        'starts with a byte-order mark, which JSON does not allow: restore the file from version control (npm run release writes none).',
    });
  },
});
