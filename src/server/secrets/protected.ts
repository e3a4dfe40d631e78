const PROTECTED_TEXT = '[protected]';
const INSPECT = Symbol.for('nodejs.util.inspect.custom');

/**
 * A decrypted protected value (a denouncer's name, address, identity document…) that cannot reach a log, a JSON
 * answer, an error message or an audit entry by accident: JSON, `util.inspect` (so `console.log` and pino),
 * string conversion and template literals all give `"[protected]"`. The value sits in an ECMAScript private field,
 * so enumerating the object finds nothing either. Only `reveal()` gives it back, which is greppable and reviewable:
 * call it where the value is shown to someone allowed to see it, and audit that.
 */
export class Protected<T> {
  readonly #value: T;

  constructor(value: T) {
    this.#value = value;
    Object.freeze(this);
  }

  /** The plaintext. Every call site is a place where a protected identity leaves the module: keep them few. */
  reveal(): T {
    return this.#value;
  }

  /** Applies `fn` to the plaintext and keeps the result protected. */
  map<U>(fn: (value: T) => U): Protected<U> {
    return new Protected(fn(this.#value));
  }

  toJSON(): string {
    return PROTECTED_TEXT;
  }

  toString(): string {
    return PROTECTED_TEXT;
  }

  [Symbol.toPrimitive](): string {
    return PROTECTED_TEXT;
  }

  [INSPECT](): string {
    return PROTECTED_TEXT;
  }
}

/** Wraps a plaintext as protected (a value already protected stays as it is). */
export function protect<T>(value: T | Protected<T>): Protected<T> {
  return value instanceof Protected ? value : new Protected(value);
}

export function isProtected(value: unknown): value is Protected<unknown> {
  return value instanceof Protected;
}

/** What a protected value reads as wherever it is serialised. */
export const PROTECTED_PLACEHOLDER = PROTECTED_TEXT;
