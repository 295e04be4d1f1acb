export function PullQuote({ text, attribution }: { text: string; attribution?: string | undefined }) {
  return (
    <figure className="pullquote">
      <blockquote>
        <p>{text}</p>
      </blockquote>
      {attribution && <figcaption>{attribution}</figcaption>}
    </figure>
  );
}
