/**
 * When a page needs a part of the app's stylesheet for its first paint (pipeline/styleSegments.ts):
 * always, or when it has every class of one of the lists (some rule of the part can apply to it).
 */
export type StyleCondition = { always: true } | { classes: string[][] };

/** A part of the app's stylesheet, as a page inlines it. */
export interface InlineStyle {
  css: string;
  condition: StyleCondition;
}

const classesOf = (html: string): Set<string> => {
  const names = new Set<string>();
  for (const [, list] of html.matchAll(/ class="([^"]*)"/g)) for (const name of list!.split(' ')) names.add(name);
  return names;
};

/**
 * The parts of the stylesheet a pre-rendered page inlines, in the stylesheet's order (so the
 * cascade is the whole file's). A part it leaves out has no rule that applies to anything on the
 * page: the whole stylesheet brings it before the app runs, for what the app draws and the pages
 * it navigates to.
 */
export function stylesFor(appHtml: string, styles: InlineStyle[]): string[] {
  const classes = classesOf(appHtml);
  return styles
    .filter(
      ({ condition }) =>
        'always' in condition || condition.classes.some((names) => names.every((name) => classes.has(name))),
    )
    .map(({ css }) => css);
}
