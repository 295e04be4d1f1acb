export function Standfirst({ text }: { text: string }) {
  return <p className="standfirst">{text}</p>;
}
