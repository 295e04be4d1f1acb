import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createFontStack } from '@capsizecss/core';
import arial from '@capsizecss/metrics/arial';
import newsreader from '@capsizecss/metrics/newsreader';
import publicSans from '@capsizecss/metrics/publicSans';
import timesNewRoman from '@capsizecss/metrics/timesNewRoman';
import { describe, expect, test } from 'vitest';

const fontsCss = readFileSync(path.resolve('src/styles/fonts.css'), 'utf8');

/** The descriptors of the @font-face rule for one family in src/styles/fonts.css. */
function fontFace(family: string): Record<string, string> {
  const rule = fontsCss.split('@font-face').find((block) => block.includes(`font-family: '${family}';`));
  if (!rule) throw new Error(`fonts.css has no @font-face for ${family}`);
  return Object.fromEntries(
    [...rule.matchAll(/([a-z-]+):\s*([^;]+);/g)].map(([, name, value]) => [name!, value!.trim()]),
  );
}

describe('fallback faces match the web fonts, so text keeps its place when a font arrives', () => {
  test.each([
    ['Newsreader Fallback', newsreader, timesNewRoman],
    ['Public Sans Fallback', publicSans, arial],
  ] as const)('%s', (family, font, fallback) => {
    const { fontFaces } = createFontStack([font, fallback], { fontFaceFormat: 'styleObject', subset: 'latin' });
    const expected = fontFaces[0]!['@font-face'];
    const actual = fontFace(family);
    for (const descriptor of ['ascentOverride', 'descentOverride', 'lineGapOverride', 'sizeAdjust'] as const) {
      const cssName = descriptor.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
      expect(actual[cssName], cssName).toBe(expected[descriptor]);
    }
    expect(actual.src).toContain(`local('${fallback.familyName}')`);
  });
});
