/** "Did you mean" hints for misspelt codes, ids and words. */
import { closest, distance } from 'fastest-levenshtein';

/** The closest known code to a misspelt one, when it is close enough to be a likely typo. */
export function didYouMean(code: string, known: Iterable<string>): string | undefined {
  const candidates = [...known];
  if (candidates.length === 0) return undefined;
  const best = closest(code, candidates);
  return distance(code, best) <= Math.max(2, Math.floor(best.length / 3)) ? best : undefined;
}
