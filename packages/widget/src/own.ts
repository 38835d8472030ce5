/**
 * Prototype pollution on a partner's page (`Object.prototype.email = …`, which takes a bug there, but
 * partners' pages have bugs) must not reach the reader: no foreign link in an official contact card, no
 * hang, no missing emergency number. The widget reads partner input and its data through own properties only.
 */

/**
 * A deep copy that keeps only own, enumerable properties, in objects with no prototype: a field a channel
 * does not have reads as undefined, whatever Object.prototype holds.
 */
export function ownCopy<T>(value: T): T {
  if (Array.isArray(value)) return Array.from(value, ownCopy) as T;
  if (value !== null && typeof value === 'object') {
    const copy = Object.create(null) as Record<string, unknown>;
    for (const key of Object.keys(value)) copy[key] = ownCopy((value as Record<string, unknown>)[key]);
    return copy as T;
  }
  return value;
}

/** `record[key]` if it is the record's own property. */
export function own<T>(record: Readonly<Record<string, T>> | undefined, key: string): T | undefined {
  return record && Object.hasOwn(record, key) ? record[key] : undefined;
}
