import type { Inline, RichText } from './schema';

/** The words of rich text, without its formatting; a line break reads as a space. */
export function plainText(text: RichText | Inline[]): string {
  const walk = (nodes: Inline[]): string =>
    nodes.map((node) => (typeof node === 'string' ? node : node.type === 'break' ? ' ' : walk(node.children))).join('');
  return typeof text === 'string' ? text : walk(text);
}
