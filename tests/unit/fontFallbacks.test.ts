import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createFontStack } from '@capsizecss/core';
import arial from '@capsizecss/metrics/arial';
import newsreader from '@capsizecss/metrics/newsreader';
import notoNaskhArabic from '@capsizecss/metrics/notoNaskhArabic';
import notoSans from '@capsizecss/metrics/notoSans';
import notoSansArabic from '@capsizecss/metrics/notoSansArabic';
import notoSerif from '@capsizecss/metrics/notoSerif';
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
    ['Noto Serif Fallback', notoSerif, timesNewRoman],
    ['Noto Sans Fallback', notoSans, arial],
    ['Noto Naskh Arabic Fallback', notoNaskhArabic, timesNewRoman],
    ['Noto Sans Arabic Fallback', notoSansArabic, arial],
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

describe("a script's fallback stands in for that script only", () => {
  test.each([
    ['Noto Serif Fallback', 'Noto Serif'],
    ['Noto Sans Fallback', 'Noto Sans'],
    ['Noto Naskh Arabic Fallback', 'Noto Naskh Arabic'],
    ['Noto Sans Arabic Fallback', 'Noto Sans Arabic'],
  ])('%s covers what %s covers, and no Latin letter', (fallback, family) => {
    const ranges = (css: string) => css.split(',').map((range) => range.trim());
    const webRanges = fontsCss
      .split('@font-face')
      .filter((block) => block.includes(`font-family: '${family}';`))
      .flatMap((block) => ranges(/unicode-range:\s*([^;]+);/.exec(block)![1]!));
    const fallbackRanges = ranges(fontFace(fallback)['unicode-range']!);
    expect(new Set(fallbackRanges)).toEqual(new Set(webRanges));
    const covers = (code: number) =>
      fallbackRanges.some((range) => {
        const [from, to = from] = range
          .replace('U+', '')
          .split('-')
          .map((hex) => Number.parseInt(hex, 16));
        return code >= from! && code <= to!;
      });
    expect(['a', 'Z', '0', 'é'].filter((letter) => covers(letter.codePointAt(0)!))).toEqual([]);
  });
});

/** Every code point of a `unicode-range` value. */
const codePoints = (value: string): Set<number> => {
  const points = new Set<number>();
  for (const range of value.split(',')) {
    const [from, to = from] = range
      .trim()
      .replace('U+', '')
      .split('-')
      .map((hex) => Number.parseInt(hex, 16));
    for (let point = from!; point <= to!; point++) points.add(point);
  }
  return points;
};

describe("each face's range is its package's", () => {
  const faces = fontsCss
    .split('@font-face')
    .map((block) => ({
      file: /url\('@fontsource-variable\/([^/]+)\/files\/([^']+)'\)/.exec(block),
      range: /unicode-range:\s*([^;]+);/.exec(block)?.[1],
    }))
    .filter((face) => face.file && face.range);

  test.each(faces.map((face) => [face.file![2]!, face.file![1]!, face.range!]))(
    '%s: every code point the package gives it, and more only where Unicode assigns none',
    (file, pack, range) => {
      const packageCss = readFileSync(path.resolve('node_modules/@fontsource-variable', pack, 'wght.css'), 'utf8');
      const block = packageCss.split('@font-face').find((candidate) => candidate.includes(`/${file})`));
      const theirs = codePoints(/unicode-range:\s*([^;]+);/.exec(block!)![1]!);
      const ours = codePoints(range);
      expect([...theirs].filter((point) => !ours.has(point))).toEqual([]);
      const added = [...ours].filter((point) => !theirs.has(point));
      expect(added.filter((point) => /\p{Assigned}/u.test(String.fromCodePoint(point)))).toEqual([]);
    },
  );

  test('every face for another script is checked', () => {
    expect(faces.length).toBe(10);
  });
});
