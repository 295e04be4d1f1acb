import { type Selector, transform } from 'lightningcss';

/** Where a rule starts: line from 0, column from 1 (lightningcss's own convention). */
interface Location {
  line: number;
  column: number;
}

/**
 * The classes of what only the running app draws: notices it shows, lists it reads from the
 * reader's storage, controls that need JavaScript, states it sets. No pre-rendered page has them
 * (tests/unit/criticalCss.test.ts renders every page of the sample site to check), so their
 * rules need not be inlined into every page: the whole stylesheet arrives before the app runs.
 */
export const APP_ONLY_CLASSES = [
  'breaking-banner',
  'new-stories__button',
  'saved-list',
  'stale-notice__box',
  'stale-notice__retry',
  'share-actions__url',
  'share-button--primary',
  'progress--active',
  'is-linked',
  'search-form',
  'search-results',
  'search-result',
] as const;

/**
 * The classes of what a pre-rendered page has but shows only once the app runs: the display
 * settings' panel, a popover whose button stays hidden until the app has mounted it
 * (src/app/readerSettings.css). The whole stylesheet is applied before the app starts, so no
 * first paint needs their rules either.
 */
export const SHOWN_BY_THE_APP_CLASSES = ['reader-settings__panel', 'choice-group', 'reader-settings__sample'] as const;

const appOnly = (name: string): boolean =>
  [...APP_ONLY_CLASSES, ...SHOWN_BY_THE_APP_CLASSES].some(
    (prefix) => name === prefix || name.startsWith(`${prefix}__`) || name.startsWith(`${prefix}--`),
  );

/**
 * A selector that matches only where there is an element only the app draws: it names one, or
 * asks with :has() for one. Classes inside :not() and the like do not count.
 */
const needsApp = (selector: Selector): boolean =>
  selector.some(
    (component) =>
      (component.type === 'class' && appOnly(component.name)) ||
      (component.type === 'pseudo-class' && component.kind === 'has' && component.selectors.every(needsApp)),
  );

/** Where each line of `text` starts. */
const lineStarts = (text: string): number[] => {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
  return starts;
};

/** The end (exclusive) of the rule that starts at `from`: its closing brace, strings skipped. */
function ruleEnd(css: string, from: number): number {
  let depth = 0;
  for (let i = from; i < css.length; i++) {
    const char = css[i];
    if (char === '"' || char === "'") {
      for (i++; i < css.length && css[i] !== char; i++) if (css[i] === '\\') i++;
    } else if (char === '{') depth++;
    else if (char === '}' && --depth === 0) return i + 1;
  }
  throw new Error(`a rule at offset ${from} of the stylesheet never closes`);
}

type Visitor = NonNullable<Parameters<typeof transform>[0]['visitor']>;

/**
 * `css` without the rules the visitor hands to `drop` (which says where each was): they are found
 * with lightningcss and cut out of Vite's own text, which is otherwise kept byte for byte.
 */
export function cutRules(
  css: string,
  file: string,
  visitor: (drop: (loc: Location) => [number, number]) => Visitor,
): string {
  const starts = lineStarts(css);
  const dropped: [number, number][] = [];
  const drop = ({ line, column }: Location): [number, number] => {
    const from = starts[line]! + column - 1;
    const range: [number, number] = [from, ruleEnd(css, from)];
    dropped.push(range);
    return range;
  };
  transform({ filename: file, code: Buffer.from(css), visitor: visitor(drop) });
  let kept = '';
  let at = 0;
  for (const [from, to] of dropped.sort(([a], [b]) => a - b)) {
    // A rule inside a dropped @media block went with it.
    if (from < at) continue;
    kept += css.slice(at, from);
    at = to;
  }
  return (kept + css.slice(at)).trim();
}

/**
 * The part of the stylesheet a page needs for its first paint, inlined: everything but the rules
 * for what only the app draws or shows (APP_ONLY_CLASSES, SHOWN_BY_THE_APP_CLASSES) and print.
 * They stay in the whole stylesheet, which every page links for print and the app loader applies
 * before the app starts. A conditional block left empty goes too.
 */
export function criticalCss(css: string, file: string): string {
  let kept = cutRules(css, file, (drop) => ({
    // A rule that also serves a pre-rendered element stays, all its selectors with it.
    Rule: {
      style(rule) {
        if (rule.value.selectors.every(needsApp)) drop(rule.value.loc);
      },
      media(rule) {
        const queries = rule.value.query.mediaQueries;
        if (queries.every((query) => query.mediaType === 'print' && query.qualifier !== 'not')) drop(rule.value.loc);
      },
    },
  }));
  // From the inside out: a block that held only an emptied block is empty in turn.
  for (let before = ''; before !== kept; ) {
    before = kept;
    kept = kept.replace(/@(media|supports|container)[^{}]*\{\}/g, '');
  }
  return kept;
}

/**
 * The whole stylesheet as pages link it: without its @font-face rules, which every page has in
 * its inline part. Declared a second time, when the app loader applies the stylesheet, a face is a
 * new one with a block period of its own: a font that missed the first paint (`font-display:
 * optional`, so the page keeps its fallback) would then be swapped in, and the text would move.
 */
export function withoutFontFaces(css: string, file: string): string {
  return cutRules(css, file, (drop) => ({
    Rule: {
      'font-face'(rule) {
        drop(rule.value.loc);
      },
    },
  }));
}
