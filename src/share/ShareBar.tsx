import { ShareActions } from './ShareActions';

/** "Tell your friends": the story's share controls, under its body. */
export function ShareBar({ url, title }: { url: string; title: string }) {
  return (
    <section className="share-bar" aria-labelledby="share-heading">
      <h2 id="share-heading" className="share-bar__heading">
        Tell your friends
      </h2>
      <ShareActions shared={{ url, title }} subject={`“${title}”`} />
    </section>
  );
}
