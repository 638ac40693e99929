/**
 * A retention period as lists write it, in English, Dutch, German or French: "26 months",
 * "26 maanden", "7 Jahre", "up to 30 days", "1 jaar na verwijdering", "30 jours après la fin du
 * contrat". Undefined for anything else, which the caller keeps as written.
 */
import { RETENTION_EVENTS } from '../../schemas/retention';
import { durationFromWords } from './durations';
import { fold } from './cells';

type RetentionEvent = (typeof RETENTION_EVENTS)[number];

/** The phrases people write after "after" / "na" / "nach" / "après", by event. */
const EVENT_WORDS: Record<RetentionEvent, readonly string[]> = {
  collection: [
    'collection',
    'being collected',
    'verzamelen',
    'verzameling',
    'erhebung',
    'collecte',
  ],
  'deletion-by-user': [
    'deletion',
    'deletion by the user',
    'user deletion',
    'verwijdering',
    'verwijdering door de gebruiker',
    'verwijderen',
    'loschung',
    'loschung durch den nutzer',
    'suppression',
    "suppression par l'utilisateur",
  ],
  'end-of-contract': [
    'end of contract',
    'end of the contract',
    'contract end',
    'termination',
    'end of the agreement',
    'einde contract',
    'einde van het contract',
    'einde overeenkomst',
    'einde van de overeenkomst',
    'beeindiging',
    'vertragsende',
    'ende des vertrags',
    'beendigung des vertrags',
    'fin du contrat',
    'la fin du contrat',
    'resiliation',
  ],
  'account-closure': [
    'account closure',
    'account deletion',
    'the account is closed',
    'closing the account',
    'opheffen account',
    'opheffen van het account',
    'opzegging',
    'kontoschliessung',
    'schliessung des kontos',
    'cloture du compte',
    'la cloture du compte',
  ],
  'last-activity': [
    'last activity',
    'the last activity',
    'last login',
    'laatste activiteit',
    'laatste login',
    'letzte aktivitat',
    'derniere activite',
  ],
  'end-of-financial-year': [
    'end of financial year',
    'end of the financial year',
    'einde boekjaar',
    'einde van het boekjaar',
    'ende des geschaftsjahres',
    "fin de l'exercice",
  ],
};

const ARTICLES = /^(the|a|an|het|de|een|der|die|das|dem|la|le|les|l')\s+/;

/** The event of a phrase after "after" in one of the four languages. */
export function eventOf(
  phrase: string,
  extra: Partial<Record<RetentionEvent, string>> = {},
): RetentionEvent | undefined {
  const words = fold(phrase).replace(ARTICLES, '');
  return RETENTION_EVENTS.find(
    (event) =>
      EVENT_WORDS[event].some((w) => w === words || w.replace(ARTICLES, '') === words) ||
      (extra[event] !== undefined && fold(extra[event]).replace(ARTICLES, '') === words),
  );
}

const UP_TO =
  /^(up to|at most|max(imum)?\.?|no more than|hoogstens|maximaal|ten hoogste|tot|bis zu|hochstens|maximal|jusqu'a|au maximum|au plus)\s+/;
const AFTER = /\s+(after|from|following|na|vanaf|nach|ab|apres|a compter de)\s+/;
const LANGUAGES = ['en', 'nl', 'de', 'fr'];

/** A retention period read from words, as content writes it; undefined where the words say something else. */
export function retentionFromFreeText(
  cell: string,
  events: Partial<Record<RetentionEvent, string>> = {},
): { period?: string; upTo?: string; after?: RetentionEvent } | undefined {
  const text = fold(cell);
  const upTo = UP_TO.exec(text);
  const rest = upTo ? text.slice(upTo[0].length) : text;
  const [period = '', ...after] = rest.split(AFTER);
  const phrase = after.length >= 2 ? after.slice(1).join(' ') : undefined;
  const event = phrase === undefined ? undefined : eventOf(phrase, events);
  if (phrase !== undefined && !event) return undefined;
  for (const locale of LANGUAGES) {
    const duration = durationFromWords(period, locale);
    if (duration)
      return { [upTo ? 'upTo' : 'period']: duration, ...(event ? { after: event } : {}) };
  }
  return undefined;
}
