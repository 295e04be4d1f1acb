import type { ReactNode } from 'react';
import { isSafeHref } from '../data/safeValues';
import type { Inline, RichText as RichTextValue } from '../data/schema';
import { assertUnreachable } from '../lib/assertUnreachable';

function renderInline(node: Inline, key: number): ReactNode {
  if (typeof node === 'string') return node;
  // A line break within a paragraph, as in a letter's signature or an address.
  if (node.type === 'break') return <br key={key} />;
  const children = node.children.map(renderInline);
  switch (node.type) {
    case 'em':
      return <em key={key}>{children}</em>;
    case 'strong':
      return <strong key={key}>{children}</strong>;
    case 'link':
      // Validation already rejects unsafe links; this keeps one from ever reaching an href.
      return isSafeHref(node.href) ? (
        <a key={key} href={node.href}>
          {children}
        </a>
      ) : (
        <span key={key}>{children}</span>
      );
    case 'lang':
      // Isolated, so a phrase in another direction keeps its punctuation and digits in place.
      return (
        <bdi key={key} lang={node.lang}>
          {children}
        </bdi>
      );
    default:
      return assertUnreachable(node);
  }
}

/** Story text: plain strings, or inline emphasis, strong, links and line breaks built as elements, never as HTML. */
export function RichText({ text }: { text: RichTextValue | Inline[] }) {
  return <>{typeof text === 'string' ? text : text.map(renderInline)}</>;
}
