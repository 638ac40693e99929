/** "Today" for a build: SOURCE_DATE_EPOCH when set, so a build is reproducible, else the clock. */
export function buildDate(
  env: Record<string, string | undefined> = process.env,
  now: Date = new Date(),
): string {
  const epoch = env['SOURCE_DATE_EPOCH'];
  if (epoch === undefined || epoch === '') return now.toISOString().slice(0, 10);
  const hint = 'give whole seconds since 1970, e.g. 1767225600 for 2026-01-01';
  if (!/^\d+$/.test(epoch))
    throw new Error(`SOURCE_DATE_EPOCH must be whole seconds since 1970, got "${epoch}": ${hint}`);
  const date = new Date(Number(epoch) * 1000);
  // Past the year 9999 a date has no YYYY-MM-DD form (and past ±8.64e15 ms none at all).
  if (Number.isNaN(date.getTime()) || date.getUTCFullYear() > 9999)
    throw new Error(
      `SOURCE_DATE_EPOCH=${epoch} is not a day this build can show (after the year 9999): ${hint}`,
    );
  return date.toISOString().slice(0, 10);
}

/** Days from one YYYY-MM-DD date to another (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** A YYYY-MM-DD date moved by a number of days. */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** A written day: YYYY-MM-DD. */
export const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether a YYYY-MM-DD string names a real day. */
export function isRealDate(text: string): boolean {
  const match = DATE.exec(text);
  if (!match) return false;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toISOString().slice(0, 10) === text;
}
