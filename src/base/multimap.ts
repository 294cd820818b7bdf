/** Maps from a key to several values, as the indexes (knowledge base, claim linking, diff) build them. */

/** Append `value` to the list under `key`, creating the list on first use. */
export function pushToList<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Add `value` to the set under `key`, creating the set on first use. */
export function addToSet<K, V>(map: Map<K, Set<V>>, key: K, value: V): void {
  const set = map.get(key);
  if (set) set.add(value);
  else map.set(key, new Set([value]));
}
