import type { ShareTargetId } from './shareLinks';

export type ShareIconName = ShareTargetId | 'share' | 'link' | 'copied';

/** The icons' symbols, drawn once in a file of their own (scripts/generate-share-icons.ts). */
const sprite = `${import.meta.env.BASE_URL}share-icons.svg`;

/** A 24×24 icon in the text colour; decorative, since every control that shows one is named. */
export function ShareIcon({ name }: { name: ShareIconName }) {
  return (
    <svg className="share-icon" viewBox="0 0 24 24" width="20" height="20" aria-hidden="true">
      <use href={`${sprite}#${name}`} />
    </svg>
  );
}
