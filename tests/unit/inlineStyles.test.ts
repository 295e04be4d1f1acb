// @vitest-environment node
import { describe, expect, test } from 'vitest';
import { inlineParts, styleCondition, styleModules, withoutMarkers } from '../../pipeline/styleSegments.ts';
import { type InlineStyle, stylesFor } from '../../src/site/inlineStyles';

/** A stylesheet as the client build writes it: each module after its marker (markStyleModules). */
const marked = (modules: Record<string, string>) =>
  Object.entries(modules)
    .map(([module, css], i) => `.dispatch-style-module-${i}abc{--dispatch-style-module:"${module}"}${css}`)
    .join('');

const built = marked({
  'src/styles/fonts.css': '@font-face{font-family:Newsreader;src:url(/assets/n.woff2)format("woff2")}',
  'src/share/share.css': '.share-button{gap:0}',
  'src/styles/base.css': 'body{margin:0}.skip-link{position:absolute}',
  'src/styles/story.css':
    '.story{max-width:38rem}.story-nav__group h2{margin:0}.story-body>:target,.story-body>.is-linked{outline:0}' +
    '@media (min-width:64rem){.story{display:grid}}',
  'src/styles/lists.css': '.card:has(.card__image){display:grid}.card-grid :is(.card__lead,.card--lead){gap:0}',
  'src/styles/print.css': '@media print{.masthead{display:none}}',
});

describe('the parts of the stylesheet', () => {
  test('are its modules, in their order, and the written stylesheet has no markers', () => {
    const modules = styleModules(built, 'main.css');
    expect(modules.map((part) => part.module)).toEqual([
      'src/styles/fonts.css',
      'src/share/share.css',
      'src/styles/base.css',
      'src/styles/story.css',
      'src/styles/lists.css',
      'src/styles/print.css',
    ]);
    expect(withoutMarkers(built, 'main.css')).toBe(modules.map((part) => part.css).join(''));
    expect(withoutMarkers(built, 'main.css')).not.toContain('dispatch-style-module');
    expect(withoutMarkers(built, 'main.css')).toContain('body{margin:0}.skip-link{position:absolute}.story{');
  });

  test('are needed by the pages with the classes one of their rules names, or by every page', () => {
    expect(styleCondition('.story{margin:0}.story-nav__group h2{margin:0}', 'a.css')).toEqual({
      classes: [['story'], ['story-nav__group']],
    });
    // Every class of a selector, each way :is() and :has() can be met; :not() asks for nothing.
    expect(styleCondition('.card:has(.card__image){gap:0}.card-grid :is(.a,.b):not(.c){gap:0}', 'a.css')).toEqual({
      classes: [
        ['card', 'card__image'],
        ['a', 'card-grid'],
        ['b', 'card-grid'],
      ],
    });
    // A list that asks for all another one does is not kept.
    expect(styleCondition('.story{margin:0}.story .story-body{margin:0}', 'a.css')).toEqual({ classes: [['story']] });
    expect(styleCondition('.story{margin:0}body{margin:0}', 'a.css')).toEqual({ always: true });
    expect(styleCondition('@media (min-width:40rem){.story :where(p){margin:0}}', 'a.css')).toEqual({
      classes: [['story']],
    });
  });

  test('of font faces are needed by every page', () => {
    expect(styleCondition('@font-face{font-family:A;src:url(a.woff2);unicode-range:U+370-3FF}', 'a.css')).toEqual({
      always: true,
    });
  });

  test('for pages to inline leave out print, and join neighbours every page needs', () => {
    const parts = inlineParts(built, 'main.css');
    expect(parts.map(({ module, condition }) => [module, Object.keys(condition)[0]])).toEqual([
      ['src/styles/fonts.css', 'always'],
      ['src/share/share.css', 'classes'],
      ['src/styles/base.css', 'always'],
      ['src/styles/story.css', 'classes'],
      ['src/styles/lists.css', 'classes'],
    ]);
    const joined = marked({ 'a.css': 'body{margin:0}', 'b.css': ':root{--x:1}', 'c.css': '.story{margin:0}' });
    expect(inlineParts(joined, 'main.css').map(({ module, css }) => [module, css])).toEqual([
      ['a.css b.css', 'body{margin:0}:root{--x:1}'],
      ['c.css', '.story{margin:0}'],
    ]);
  });
});

describe('a page inlines', () => {
  const styles: InlineStyle[] = [
    { css: 'body{margin:0}', condition: { always: true } },
    { css: '.story{margin:0}', condition: { classes: [['story'], ['headline', 'kicker']] } },
    { css: '.card{gap:0}', condition: { classes: [['card']] } },
  ];

  test('the parts it has classes for, in the stylesheet’s order', () => {
    expect(stylesFor('<article class="story x"><p class="card__text">Harbour</p></article>', styles)).toEqual([
      'body{margin:0}',
      '.story{margin:0}',
    ]);
    expect(stylesFor('<p class="card">A</p><h1 class="story">B</h1>', styles)).toEqual([
      'body{margin:0}',
      '.story{margin:0}',
      '.card{gap:0}',
    ]);
    // Every class of one list: a headline alone is not enough.
    expect(stylesFor('<h1 class="headline">A</h1><ul class="card-grid"></ul>', styles)).toEqual(['body{margin:0}']);
    expect(stylesFor('<p class="kicker">A</p><h1 class="headline">B</h1>', styles)).toContain('.story{margin:0}');
    // The app's empty shell: only what every page needs.
    expect(stylesFor('', styles)).toEqual(['body{margin:0}']);
  });
});
