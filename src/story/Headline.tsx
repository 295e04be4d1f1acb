export function Headline({ text }: { text: string }) {
  // tabIndex lets the router move focus here after a client-side navigation.
  return (
    <h1 className="headline" tabIndex={-1}>
      {text}
    </h1>
  );
}
