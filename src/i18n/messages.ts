import { createElement, Fragment, type ReactNode } from 'react';
import { writeInDigits } from './digits';
import type { en, MessageKey } from './messages/en';

export type { MessageKey };

/** Plural forms by CLDR category, and `=N` exact matches (`"=0": "No comments"`). */
export type PluralMessage = Partial<Record<Intl.LDMLPluralRule | `=${number}`, string>> & { other: string };
export type Message = string | PluralMessage;

/** A catalogue: every key English has, each a plain message where English has one, plural where English counts. */
export type Catalogue = {
  readonly [K in MessageKey]: (typeof en)[K] extends string ? string : PluralMessage;
};

export type Values = Record<string, string | number>;

export interface Translator {
  /** The locale numbers and plurals follow. */
  readonly locale: string;
  /** A message with its `{placeholders}` filled; numbers written in the locale's digits. */
  t(key: MessageKey, values?: Values): string;
  /** The same, with React nodes (a `<time>`, a hidden span) in the placeholders. */
  rich(key: MessageKey, values: Record<string, ReactNode>): ReactNode;
  /** A number in the locale's digits. */
  number(value: number): string;
}

const PLACEHOLDER = /\{(\w+)\}/g;

/**
 * A translator for one catalogue. Intl formatters are made on first use only: a page that counts
 * nothing makes none.
 */
export function createTranslator(
  locale: string,
  catalogue: Catalogue,
  numerals: string | null = null,
  /** The locale's digits (src/i18n/digits.ts): small whole numbers are written without Intl. */
  digits: string | null = null,
): Translator {
  let plurals: Intl.PluralRules | undefined;
  let numbers: Intl.NumberFormat | undefined;
  const number = (value: number): string => {
    const plain = digits === null ? null : writeInDigits(value, digits);
    if (plain !== null) return plain;
    numbers ??= new Intl.NumberFormat(locale, numerals ? { numberingSystem: numerals } : {});
    return numbers.format(value);
  };
  const pick = (key: MessageKey, values: Values | Record<string, ReactNode> | undefined): string => {
    const message: Message = catalogue[key];
    if (typeof message === 'string') return message;
    const count = values?.count;
    if (typeof count !== 'number') throw new Error(`${key} needs a {count}`);
    const exact = message[`=${count}`];
    if (exact !== undefined) return exact;
    plurals ??= new Intl.PluralRules(locale);
    return message[plurals.select(count)] ?? message.other;
  };
  const text = (value: unknown): string => (typeof value === 'number' ? number(value) : String(value));
  return {
    locale,
    number,
    t(key, values) {
      return pick(key, values).replace(PLACEHOLDER, (whole, name: string) =>
        values && name in values ? text(values[name]) : whole,
      );
    },
    rich(key, values) {
      const parts = pick(key, values).split(PLACEHOLDER);
      // split() with a group alternates text and placeholder names: even indices are text.
      const children = parts.map((part, i) => {
        if (i % 2 === 0) return part;
        const value = values[part];
        return typeof value === 'number' ? number(value) : value;
      });
      // As arguments, not an array: React needs no keys for a fixed list of children.
      return createElement(Fragment, null, ...children);
    },
  };
}
