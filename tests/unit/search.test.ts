/** What the search page does with Pagefind's excerpts. */
import { describe, expect, it } from 'vitest';
import { excerptFromSentence } from '../../src/scripts/search';

describe('excerptFromSentence', () => {
  it('starts at the sentence of the first match', () => {
    expect(
      excerptFromSentence(
        'recorded. 12 January 2026. <mark>Backups</mark> and recovery. Runs the server',
      ),
    ).toBe('<mark>Backups</mark> and recovery. Runs the server');
    expect(excerptFromSentence('Ireland. Backups and recovery. Stores <mark>backups</mark>')).toBe(
      'Stores <mark>backups</mark>',
    );
  });

  it('does not take an abbreviation for the end of a sentence', () => {
    expect(excerptFromSentence('allowed by Art. 9(2)(h) for <mark>health</mark> data')).toBe(
      '…allowed by Art. 9(2)(h) for <mark>health</mark> data',
    );
  });

  it('keeps an excerpt that starts a sentence, and marks one cut mid-sentence', () => {
    expect(excerptFromSentence('<mark>Sentry</mark> is added.')).toBe(
      '<mark>Sentry</mark> is added.',
    );
    expect(excerptFromSentence('the codes for <mark>two-factor</mark> sign-in')).toBe(
      '…the codes for <mark>two-factor</mark> sign-in',
    );
  });

  it('keeps an excerpt with no match whole, and never cuts inside an entity or a tag', () => {
    expect(excerptFromSentence('Sends e-mail. Processes in Ireland')).toBe(
      'Sends e-mail. Processes in Ireland',
    );
    expect(
      excerptFromSentence('Tom &amp; Co. Runs &quot;the&quot; <mark>backup</mark>. Then more'),
    ).toBe('Runs &quot;the&quot; <mark>backup</mark>. Then more');
  });
});
