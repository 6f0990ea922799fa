// Lookups in records keyed by ids from files: only the record's own properties, never Object.prototype's.

/** `record[key]` if the record itself holds `key`; `undefined` for `constructor`, `__proto__` and the like. */
export function own<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined;
}
