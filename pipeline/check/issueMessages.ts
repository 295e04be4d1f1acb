import { closest, distance } from 'fastest-levenshtein';
import type { z } from 'zod';

/**
 * Zod's messages in words a publisher editing JSON understands ("expected a string, got a
 * number", "too long: at most 200 characters"), passed to `safeParse` as its error map. Messages
 * the schema words itself (slugs, dates, links) take precedence over these.
 */

const TYPE_NAMES: Record<string, string> = {
  string: 'a string',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'an array',
  object: 'an object',
  null: 'null',
};

const typeName = (expected: string): string => TYPE_NAMES[expected] ?? expected;

function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'number') return Number.isFinite(value) && !Number.isInteger(value) ? String(value) : 'a number';
  return typeName(typeof value);
}

const quote = (value: unknown): string => JSON.stringify(value) ?? String(value);

function either(options: string[]): string {
  const unique = [...new Set(options)];
  return unique.length <= 1 ? (unique[0] ?? '') : `${unique.slice(0, -1).join(', ')} or ${unique.at(-1)}`;
}

const plural = (count: number | bigint, one: string, many = `${one}s`): string =>
  `${count} ${count === 1 ? one : many}`;

/** Only a name a typo away from a known one earns a "did you mean". */
function didYouMean(key: string, known: string[]): string {
  if (known.length === 0) return '';
  const guess = closest(key.toLowerCase(), known);
  return distance(key.toLowerCase(), guess.toLowerCase()) <= Math.max(2, Math.floor(key.length / 4))
    ? ` (did you mean "${guess}"?)`
    : '';
}

function knownKeys(issue: z.core.$ZodRawIssue): string[] {
  const shape = (issue.inst as { _zod?: { def?: { shape?: object } } } | undefined)?._zod?.def?.shape;
  return shape ? Object.keys(shape) : [];
}

/** A union of types that all failed on the type itself: name what would have fitted. */
function unionMessage(issue: z.core.$ZodRawIssue<z.core.$ZodIssueInvalidUnion>): string | undefined {
  const expected = issue.errors.map((branch) =>
    branch.length === 1 && branch[0]!.code === 'invalid_type' && branch[0]!.path.length === 0
      ? branch[0]!.expected
      : null,
  );
  if (expected.length === 0 || expected.includes(null)) return 'does not match any of the forms this field can take';
  const types = either(expected.map((type) => typeName(type!)));
  return issue.input === undefined
    ? `required field is missing (expected ${types})`
    : `expected ${types}, got ${describeValue(issue.input)}`;
}

function tooBig(issue: z.core.$ZodRawIssue<z.core.$ZodIssueTooBig>): string {
  const { maximum, origin, input } = issue;
  const limit = issue.inclusive === false ? `less than ${maximum}` : `at most ${maximum}`;
  if (origin === 'string')
    return `too long: ${limit.replace(/\d+$/, (n) => plural(Number(n), 'character'))} (this has ${(input as string).length})`;
  if (origin === 'array') return `too many items: ${limit} (this has ${(input as unknown[]).length})`;
  return `too large: ${limit}`;
}

function tooSmall(issue: z.core.$ZodRawIssue<z.core.$ZodIssueTooSmall>): string {
  const { minimum, origin } = issue;
  const limit = issue.inclusive === false ? `more than ${minimum}` : `at least ${minimum}`;
  if (origin === 'string') return `too short: ${limit.replace(/\d+$/, (n) => plural(Number(n), 'character'))}`;
  if (origin === 'array') return `too few items: ${limit.replace(/\d+$/, (n) => plural(Number(n), 'item'))}`;
  return issue.inclusive === false ? `must be more than ${minimum}` : `must be at least ${minimum}`;
}

export const issueMessage: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined
        ? `required field is missing (expected ${typeName(issue.expected)})`
        : `expected ${typeName(issue.expected)}, got ${describeValue(issue.input)}`;
    case 'invalid_value':
      return `expected ${either(issue.values.map(quote))}, got ${quote(issue.input)}`;
    case 'too_big':
      return tooBig(issue);
    case 'too_small':
      return tooSmall(issue);
    case 'unrecognized_keys': {
      const known = knownKeys(issue);
      const fields = issue.keys.map((key) => `"${key}"${didYouMean(key, known)}`);
      return `unknown ${fields.length === 1 ? 'field' : 'fields'} ${either(fields)}: remove or rename ${fields.length === 1 ? 'it' : 'them'}`;
    }
    case 'invalid_union':
      return unionMessage(issue);
    case 'invalid_format':
      return `not a valid ${issue.format}`;
    default:
      return undefined;
  }
};

/**
 * Points each issue where a publisher fixes it. A union's issue says only that no form fitted:
 * when just one form fitted the value's type (a list of inline pieces, say), that form's own
 * issues say exactly what is wrong and where. One unknown field is pointed at itself, not at the
 * object around it (several stay together at the object, the message naming each).
 */
export function expandIssue(issue: z.core.$ZodIssue): z.core.$ZodIssue[] {
  if (issue.code === 'unrecognized_keys' && issue.keys.length === 1)
    return [{ ...issue, path: [...issue.path, issue.keys[0]!] }];
  if (issue.code !== 'invalid_union' || issue.errors.length === 0) return [issue];
  const fitting = issue.errors.filter(
    (branch) => !(branch.length === 1 && branch[0]!.code === 'invalid_type' && branch[0]!.path.length === 0),
  );
  if (fitting.length !== 1) return [issue];
  return fitting[0]!.flatMap((inner) => expandIssue({ ...inner, path: [...issue.path, ...inner.path] }));
}
