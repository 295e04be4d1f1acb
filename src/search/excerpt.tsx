/** A piece of a result's excerpt: text, and whether Pagefind marked it as a match. */
export interface ExcerptPiece {
  text: string;
  marked: boolean;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", '#39': "'", '#x27': "'" };

/** Pagefind escapes the text it quotes; this undoes only the escapes, so the text renders as text. */
const unescapeText = (text: string): string =>
  text.replace(/&(amp|lt|gt|quot|apos|#39|#x27);/g, (_, name: string) => ENTITIES[name]!);

/**
 * Pagefind's excerpt is HTML: escaped text with `<mark>` around the matches. It is never put into
 * the page as HTML: it is split at its marks into pieces of plain text, which React renders as
 * text, and anything else that looks like markup stays visible characters.
 */
export function parseExcerpt(html: string): ExcerptPiece[] {
  const pieces: ExcerptPiece[] = [];
  const parts = html.split(/<mark>([\s\S]*?)<\/mark>/);
  parts.forEach((part, i) => {
    if (part === '') return;
    pieces.push({ text: unescapeText(part), marked: i % 2 === 1 });
  });
  return pieces;
}

export function Excerpt({ html }: { html: string }) {
  return (
    <>
      {parseExcerpt(html).map((piece, i) =>
        piece.marked ? <mark key={i}>{piece.text}</mark> : <span key={i}>{piece.text}</span>,
      )}
    </>
  );
}
