// Intl.DurationFormat ships in Node 24 and every current browser, but not yet in TypeScript's lib.
declare namespace Intl {
  interface DurationFormatOptions {
    style?: 'long' | 'short' | 'narrow' | 'digital';
  }
  class DurationFormat {
    constructor(locales?: string | readonly string[], options?: DurationFormatOptions);
    format(
      duration: Partial<
        Record<'years' | 'months' | 'weeks' | 'days' | 'hours' | 'minutes' | 'seconds', number>
      >,
    ): string;
  }
}
