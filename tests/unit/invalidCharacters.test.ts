import { expect, test } from 'vitest';
import { invalidCharacters } from '../../pipeline/check/invalidCharacters.ts';

const found = (text: string) => invalidCharacters({ body: [{ text }] });

test('characters XML 1.0 forbids are found, with where they are and which one', () => {
  expect(found('a\u000bb')).toEqual([{ path: 'body[0].text', message: expect.stringContaining('U+000B') as string }]);
  for (const bad of ['\u0000', '\u0008', '\u001f', '\ufffe', '\uffff', '\ud800', 'x\udc00']) {
    expect(found(bad), JSON.stringify(bad)).toHaveLength(1);
  }
});

test('tab, line breaks, C1 controls, astral characters and paired surrogates are allowed', () => {
  for (const good of ['\t', '\n', '\r', '\u007f', '\u0085', '😀', 'Ꭰ', '\ud83d\ude00', 'plain text']) {
    expect(found(good), JSON.stringify(good)).toEqual([]);
  }
});
