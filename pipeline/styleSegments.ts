import { createHash } from 'node:crypto';
import path from 'node:path';
import { type Selector, transform } from 'lightningcss';
import type { Plugin } from 'vite';
import type { StyleCondition } from '../src/site/inlineStyles.ts';
import { criticalCss, cutRules } from './criticalCss.ts';

/**
 * The app's stylesheet is one file, but its source is a file per part of the site (the story,
 * lists, the text blocks, share controls…). The client build marks where each part
 * begins, so a page can inline only the parts it can use (src/site/inlineStyles.ts): the rest
 * arrives with the whole file, which every page links and the app loader applies. A part's text
 * is the same on every page that inlines it, so the Content-Security-Policy allows each by its hash.
 */

const MARKER_CLASS = 'dispatch-style-module-';
const MARKER_PROPERTY = '--dispatch-style-module';

/**
 * Marks where each CSS module begins in the client build: a rule of its own, which the minifier
 * leaves in place (no other rule has its class or its value) and `styleModules` takes out again.
 */
export function markStyleModules(): Plugin {
  return {
    name: 'dispatch-style-modules',
    apply: 'build',
    transform: {
      filter: { id: /\.css$/ },
      handler(code, id) {
        const module = path.relative(process.cwd(), id).split(path.sep).join('/');
        const key = createHash('sha256').update(module).digest('hex').slice(0, 12);
        return { code: `.${MARKER_CLASS}${key}{${MARKER_PROPERTY}:${JSON.stringify(module)}}\n${code}`, map: null };
      },
    },
  };
}

export interface StyleModule {
  /** The source file, such as `src/styles/lists.css`; empty for anything before the first marker. */
  module: string;
  css: string;
}

/** A built stylesheet cut into its modules, in their order, without the markers. */
export function styleModules(css: string, file: string): StyleModule[] {
  const markers: { module: string; from: number; to: number }[] = [];
  cutRules(css, file, (drop) => ({
    Rule: {
      style(rule) {
        const [selector, ...more] = rule.value.selectors;
        const only = selector?.length === 1 ? selector[0] : undefined;
        if (more.length > 0 || only?.type !== 'class' || !only.name.startsWith(MARKER_CLASS)) return;
        const [from, to] = drop(rule.value.loc);
        const module = /"([^"]*)"/.exec(css.slice(from, to))?.[1] ?? '';
        markers.push({ module, from, to });
      },
    },
  }));
  markers.sort((a, b) => a.from - b.from);
  const modules: StyleModule[] = [{ module: '', css: css.slice(0, markers[0]?.from ?? css.length) }];
  markers.forEach(({ module, to }, i) => {
    modules.push({ module, css: css.slice(to, markers[i + 1]?.from ?? css.length) });
  });
  return modules.filter((part) => part.css.trim() !== '');
}

/** A built stylesheet as it is written: without the markers. */
export const withoutMarkers = (css: string, file: string): string =>
  styleModules(css, file)
    .map((part) => part.css)
    .join('');

/** The classes an element must all have for a selector to match it, one list per way it can match. */
function classesNeeded(selector: Selector): string[][] {
  let ways: string[][] = [[]];
  for (const component of selector) {
    if (component.type === 'class') ways = ways.map((way) => [...way, component.name]);
    else if (
      component.type === 'pseudo-class' &&
      (component.kind === 'is' || component.kind === 'where' || component.kind === 'has' || component.kind === 'any')
    ) {
      const inner = component.selectors.flatMap(classesNeeded);
      // If one of its selectors needs no class, or there are too many ways to list, it needs none.
      if (inner.some((way) => way.length === 0) || ways.length * inner.length > 64) continue;
      ways = ways.flatMap((way) => inner.map((more) => [...way, ...more]));
    }
    // Elements, attributes, :not() and states are left to the browser: a page that has the
    // classes inlines the rule whether or not it matches.
  }
  return ways;
}

/** Each list once, shortest first, and none that asks for all another one does and more. */
function fewest(ways: string[][]): string[][] {
  const sets = ways.map((way) => [...new Set(way)].sort()).sort((a, b) => a.length - b.length);
  const kept: string[][] = [];
  for (const way of sets) if (!kept.some((other) => other.every((name) => way.includes(name)))) kept.push(way);
  return kept;
}

/**
 * When a page needs a part of the stylesheet: when it has all the classes some selector in it
 * names. A rule that names none (`body`, `:root`, a font face) makes the part needed by every page.
 */
export function styleCondition(css: string, file: string): StyleCondition {
  const ways: string[][] = [];
  let otherRules = false;
  transform({
    filename: file,
    code: Buffer.from(css),
    visitor: {
      Rule: {
        style(rule) {
          for (const selector of rule.value.selectors) ways.push(...classesNeeded(selector));
        },
        'font-face'() {
          otherRules = true;
        },
      },
    },
  });
  if (otherRules || ways.length === 0 || ways.some((way) => way.length === 0)) return { always: true };
  return { classes: fewest(ways) };
}

/** A part of the stylesheet as pages inline it, and when. */
export interface InlinePart {
  module: string;
  css: string;
  condition: StyleCondition;
}

/**
 * The first-paint part of a built stylesheet (criticalCss), module by module, with when a page
 * needs each. Neighbours that every page needs are one part: one hash fewer in the policy.
 */
export function inlineParts(css: string, file: string): InlinePart[] {
  const parts: InlinePart[] = [];
  for (const { module, css: moduleCss } of styleModules(css, file)) {
    const kept = criticalCss(moduleCss, file);
    if (kept === '') continue;
    const condition = styleCondition(kept, file);
    const last = parts.at(-1);
    if (last && 'always' in last.condition && 'always' in condition) {
      last.module += ` ${module}`;
      last.css += kept;
    } else parts.push({ module, css: kept, condition });
  }
  return parts;
}
