/**
 * A first, schema-free check of anything a renderer sends: plain JSON-like data of a sane size,
 * without keys that could reach an object's prototype. Runs before the zod schemas, so they
 * never see hostile shapes.
 */

export const PAYLOAD_LIMITS = {
  depth: 8,
  nodes: 4000,
  stringLength: 2000,
  arrayLength: 500,
};

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

function isPlainObject(value: object): boolean {
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}

/** Returns why the payload is refused, or null when it is acceptable. */
export function payloadProblem(value: unknown, limits = PAYLOAD_LIMITS): string | null {
  const pending: { value: unknown; depth: number }[] = [{ value, depth: 0 }];
  let nodes = 0;
  while (pending.length > 0) {
    const { value: item, depth } = pending.pop() as { value: unknown; depth: number };
    nodes += 1;
    if (nodes > limits.nodes) return 'it is too large';
    if (item === null || typeof item === 'boolean') continue;
    if (typeof item === 'number') {
      if (!Number.isFinite(item)) return 'it contains a number that is not finite';
      continue;
    }
    if (typeof item === 'string') {
      if (item.length > limits.stringLength) return 'it contains a text that is too long';
      continue;
    }
    if (typeof item !== 'object') return `it contains a value of type ${typeof item}`;
    if (depth >= limits.depth) return 'it is nested too deeply';
    if (Array.isArray(item)) {
      if (item.length > limits.arrayLength) return 'it contains a list that is too long';
      for (const element of item) pending.push({ value: element, depth: depth + 1 });
      continue;
    }
    if (!isPlainObject(item)) return 'it contains an object that is not plain data';
    for (const key of Reflect.ownKeys(item)) {
      if (typeof key !== 'string') return 'it contains a symbol key';
      if (FORBIDDEN_KEYS.has(key)) return `it contains the forbidden key "${key}"`;
      pending.push({ value: (item as Record<string, unknown>)[key], depth: depth + 1 });
    }
  }
  return null;
}
