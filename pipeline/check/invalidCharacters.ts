import type { ContentProblem } from './problems.ts';
import { jsonPath } from './problems.ts';

/**
 * Characters XML 1.0 does not allow: C0 controls other than tab and line breaks, U+FFFE and U+FFFF,
 * and halves of surrogate pairs. They come in with text pasted from other programs, readers never
 * see them, and one of them in any story makes the RSS feed unreadable for every subscriber.
 */
// With the u flag a lone surrogate is a code point of its own (\p{Cs}); a pair is one astral character.
const INVALID = /(?![\t\n\r\x7f-\x9f])[\p{Cc}\p{Cs}\ufffe\uffff]/u;

const codePoint = (character: string): string =>
  `U+${character.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;

/** Every string in a story file, schema-valid or not, that holds such a character. */
export function invalidCharacters(json: unknown, path: (string | number)[] = []): Omit<ContentProblem, 'file'>[] {
  if (typeof json === 'string') {
    const found = INVALID.exec(json);
    return found
      ? [
          {
            path: jsonPath(path),
            message: `contains the invisible character ${codePoint(found[0])}, which breaks the RSS feed: delete it`,
          },
        ]
      : [];
  }
  if (Array.isArray(json)) return json.flatMap((item, i) => invalidCharacters(item, [...path, i]));
  if (json !== null && typeof json === 'object')
    return Object.entries(json).flatMap(([key, value]) => invalidCharacters(value, [...path, key]));
  return [];
}
