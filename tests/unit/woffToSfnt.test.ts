// @vitest-environment node
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as fontkit from 'fontkit';
import { describe, expect, test } from 'vitest';
import { woffToSfnt } from '../../pipeline/woffToSfnt.ts';

const require = createRequire(import.meta.url);
const font = (file: string) => {
  const opened = fontkit.create(readFileSync(require.resolve(file)));
  if (!('characterSet' in opened)) throw new Error('a collection');
  return opened;
};

describe('WOFF to plain OpenType', () => {
  test.each([
    '@fontsource/newsreader/files/newsreader-latin-600-normal.woff',
    '@fontsource/noto-naskh-arabic/files/noto-naskh-arabic-arabic-700-normal.woff',
    '@fontsource/noto-serif-jp/files/noto-serif-jp-0-600-normal.woff',
  ])('%s keeps its names, characters and glyphs', (file) => {
    const woff = font(file);
    const sfnt = fontkit.create(woffToSfnt(readFileSync(require.resolve(file))));
    if (!('characterSet' in sfnt)) throw new Error('a collection');
    expect(sfnt.type).not.toBe('WOFF');
    expect(sfnt.postscriptName).toBe(woff.postscriptName);
    expect(sfnt.characterSet).toEqual(woff.characterSet);
    expect(sfnt.numGlyphs).toBe(woff.numGlyphs);
    const sample = String.fromCodePoint(woff.characterSet.at(-1)!);
    expect(sfnt.layout(sample).glyphs[0]!.path.toSVG()).toBe(woff.layout(sample).glyphs[0]!.path.toSVG());
  });

  test('refuses what is not WOFF 1.0', () => {
    expect(() => woffToSfnt(Buffer.from('wOF2 and then some bytes of a WOFF2 file, which this does not read'))).toThrow(
      'not a WOFF 1.0 file',
    );
  });
});
