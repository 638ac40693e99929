/** Durations as people write them, read in the words Intl writes them with in each language. */

const UNITS = ['years', 'months', 'weeks', 'days', 'hours', 'minutes', 'seconds'] as const;
const DESIGNATOR: Record<(typeof UNITS)[number], string> = {
  years: 'Y',
  months: 'M',
  weeks: 'W',
  days: 'D',
  hours: 'H',
  minutes: 'M',
  seconds: 'S',
};

/** The words Intl writes durations with in a language: unit names, singular and plural, and joining words. */
function durationWords(locale: string): {
  units: Map<string, (typeof UNITS)[number]>;
  joiners: Set<string>;
} {
  const format = new Intl.DurationFormat(locale, { style: 'long' });
  const units = new Map<string, (typeof UNITS)[number]>();
  for (const unit of UNITS)
    for (const n of [1, 2])
      units.set(
        format
          .format({ [unit]: n })
          .replace(String(n), '')
          .trim()
          .toLowerCase(),
        unit,
      );
  const joiners = new Set(
    format
      .format({ years: 1, months: 1, days: 1 })
      .toLowerCase()
      .split(/[\s,]+|\d+/)
      .filter((word) => word && !units.has(word)),
  );
  return { units, joiners };
}

/** "1 year", "14 months", "1 jaar en 2 maanden" → an ISO 8601 duration, read in the words of `locale`. */
export function durationFromWords(text: string, locale: string = 'en'): string | undefined {
  const { units, joiners } = durationWords(locale);
  const parts = [...text.toLowerCase().matchAll(/(\d+)\s+(\p{L}+)/gu)];
  const rest = text
    .toLowerCase()
    .replace(/(\d+)\s+(\p{L}+)/gu, ' ')
    .split(/[\s,]+/)
    .filter(Boolean);
  if (
    parts.length === 0 ||
    parts.some(([, , word]) => !units.has(word!)) ||
    rest.some((word) => !joiners.has(word))
  )
    return undefined;
  let date = '';
  let time = '';
  for (const [, n, word] of parts) {
    const unit = units.get(word!)!;
    if (['hours', 'minutes', 'seconds'].includes(unit)) time += `${n}${DESIGNATOR[unit]}`;
    else date += `${n}${DESIGNATOR[unit]}`;
  }
  return `P${date}${time ? `T${time}` : ''}`;
}
