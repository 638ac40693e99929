/** Ids from names: what a file is called, and so the address of its page. */

/**
 * An id for a name: accents dropped, lower case, every run of other characters one hyphen. It
 * can hold only a–z, 0–9 and inner hyphens, so it is never a path separator, "." or "..".
 */
export function slugId(name: string, fallback = 'entry'): string {
  const id = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return id || fallback;
}
