/** Ids from names: what a file is called, and so the address of its page. */

/** The longest id: a file name (with its ending and a temporary file's suffix) stays far below 255 bytes. */
export const MAX_ID_LENGTH = 80;

/**
 * An id for a name: accents dropped, lower case, every run of other characters one hyphen, at
 * most MAX_ID_LENGTH characters (cut at a hyphen where one is near). It can hold only a–z, 0–9
 * and inner hyphens, so it is never a path separator, "." or "..".
 */
export function slugId(name: string, fallback = 'entry'): string {
  let id = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (id.length > MAX_ID_LENGTH) {
    const cut = id.slice(0, MAX_ID_LENGTH);
    const hyphen = cut.lastIndexOf('-');
    id = (hyphen > MAX_ID_LENGTH / 2 ? cut.slice(0, hyphen) : cut).replace(/-+$/, '');
  }
  return id || fallback;
}
