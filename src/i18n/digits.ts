/**
 * A page's numbers without Intl in the browser. The first Intl formatter a page makes, of numbers
 * or dates, loads the browser's locale data: 30–40 ms of main thread on our machines, four times
 * that on a phone, in the middle of hydration (a "4 min read" was enough). The build knows each
 * edition's digits (it has Intl to hand); the browser writes the small whole numbers pages show
 * with them and leaves anything else to Intl.NumberFormat.
 */

/** Up to here an integer is written digit for digit in every locale: no grouping separator yet. */
const PLAIN_BELOW = 1000;

/**
 * The ten digits `locale` writes whole numbers in (with `numerals`, or its own numbering system),
 * as one string, for `writeInDigits`; null if its numbers under 1000 are not just those digits.
 */
export function localeDigits(locale: string, numerals: string | null): string | null {
  const format = new Intl.NumberFormat(locale, numerals ? { numberingSystem: numerals } : {});
  const digits = Array.from({ length: 10 }, (_, d) => format.format(d));
  if (digits.some((digit) => Array.from(digit).length !== 1)) return null;
  const ten = digits.join('');
  for (let n = 0; n < PLAIN_BELOW; n++) if (writeInDigits(n, ten) !== format.format(n)) return null;
  return ten;
}

/** `value` in `digits` (from `localeDigits`) if it is a whole number under 1000, else null. */
export function writeInDigits(value: number, digits: string): string | null {
  if (!Number.isInteger(value) || value < 0 || value >= PLAIN_BELOW) return null;
  const ten = Array.from(digits);
  let text = '';
  for (const digit of String(value)) text += ten[digit.charCodeAt(0) - 48];
  return text;
}
