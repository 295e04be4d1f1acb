export function SubHeading({ text }: { text: string }) {
  return <h2 className="subheading">{text}</h2>;
}
