import { badInput } from './api-error';

// Every argument of a desk method comes from a renderer or the network, so its
// type is checked here, at the boundary, before anything reaches the store.

function shown(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return value.length > 40 ? `"${value.slice(0, 40)}..."` : JSON.stringify(value);
  if (typeof value === 'object') return 'an object';
  return String(value);
}

export function checkString(value: unknown, what: string, options: { allowEmpty?: boolean } = {}): string {
  if (typeof value !== 'string') throw badInput(`${what} must be text (got ${shown(value)}).`);
  if (!options.allowEmpty && value.trim() === '') throw badInput(`${what} must not be empty.`);
  return value;
}

export function checkId(value: unknown, what = 'Story id'): string {
  const id = checkString(value, what);
  if (id.length > 200) throw badInput(`${what} is too long to be an id.`);
  return id;
}

export function checkStringList(value: unknown, what: string, maxItems: number): string[] {
  if (!Array.isArray(value)) throw badInput(`${what} must be a list (got ${shown(value)}).`);
  if (value.length > maxItems) throw badInput(`${what} has ${value.length} items; at most ${maxItems} at a time.`);
  return value.map((item, i) => checkString(item, `${what}[${i}]`));
}

export function checkInteger(value: unknown, what: string, min: number, max = Number.MAX_SAFE_INTEGER): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    throw badInput(`${what} must be a whole number from ${min} to ${max} (got ${shown(value)}).`);
  }
  return value;
}

export function checkNumber(value: unknown, what: string, min: number): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < min) throw badInput(`${what} must be a number of ${min} or more (got ${shown(value)}).`);
  return value;
}

export function checkBoolean(value: unknown, what: string): boolean {
  if (typeof value !== 'boolean') throw badInput(`${what} must be true or false (got ${shown(value)}).`);
  return value;
}

export function checkOneOf<T extends string>(value: unknown, allowed: readonly T[], what: string): T {
  if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) {
    throw badInput(`${what} must be one of ${allowed.join(', ')} (got ${shown(value)}).`);
  }
  return value as T;
}

export function checkObject(value: unknown, what: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw badInput(`${what} must be an object (got ${shown(value)}).`);
  return value as Record<string, unknown>;
}
