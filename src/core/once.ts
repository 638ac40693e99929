/**
 * A value made once per owner and key: the files of a build are made once for their route and read
 * again, as the same bytes, for the discovery document's hashes; the export document once per
 * language for the five formats made from it. Owned by the registry (or release) they are made
 * from, so a registry made again (a file saved under `astro dev`) starts afresh.
 */
const made = new WeakMap<object, Map<string, unknown>>();

export function once<T>(owner: object, key: string, make: () => T): T {
  let values = made.get(owner);
  if (!values) made.set(owner, (values = new Map<string, unknown>()));
  if (!values.has(key)) values.set(key, make());
  return values.get(key) as T;
}

const readsLeft = new WeakMap<object, Map<string, number>>();

/**
 * A value made once and read `reads` times, then let go: a build's file is read by its route and
 * by the discovery document's hash, and tens of megabytes of it need not stay for the rest of the
 * build. A read after the last makes it again.
 */
export function onceFor<T>(owner: object, key: string, reads: number, make: () => T): T {
  const value = once(owner, key, make);
  let left = readsLeft.get(owner);
  if (!left) readsLeft.set(owner, (left = new Map<string, number>()));
  const remaining = (left.get(key) ?? reads) - 1;
  if (remaining <= 0) {
    made.get(owner)?.delete(key);
    left.delete(key);
  } else left.set(key, remaining);
  return value;
}
