/**
 * A value made once per owner and key: the files of a build are made once for their route and read
 * again, as the same bytes, for the discovery document's hashes; the export document once per
 * language for the five formats made from it. Owned by the registry (or release) they are made
 * from, so a registry made again (a file saved under `astro dev`) starts afresh.
 */
const made = new WeakMap<object, Map<string, unknown>>();

export function once<T>(owner: object, key: string, make: () => T): T {
  let values = made.get(owner);
  if (!values) made.set(owner, (values = new Map()));
  if (!values.has(key)) values.set(key, make());
  return values.get(key) as T;
}
