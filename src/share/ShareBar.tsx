import { useState } from 'react';
import { copyText } from './copyText';
import { shareLinks } from './shareLinks';

type CopyState = 'idle' | 'copied' | 'failed';

export function ShareBar({ url, title }: { url: string; title: string }) {
  const [copy, setCopy] = useState<CopyState>('idle');

  async function onCopy() {
    setCopy((await copyText(url)) ? 'copied' : 'failed');
  }

  return (
    <section className="share-bar" aria-labelledby="share-heading">
      <h2 id="share-heading" className="share-bar__heading">
        Tell your friends
      </h2>
      <ul className="share-bar__actions">
        <li>
          <button type="button" className="share-bar__button" onClick={onCopy}>
            Copy link
          </button>
        </li>
        {shareLinks(url, title).map((target) => (
          <li key={target.name}>
            <a
              className="share-bar__button"
              href={target.href}
              target="_blank"
              rel="noopener noreferrer"
              aria-label={`Share on ${target.name} (opens in a new tab)`}
            >
              {target.name}
            </a>
          </li>
        ))}
      </ul>
      <p className="share-bar__status" role="status">
        {copy === 'copied' ? 'Link copied' : copy === 'failed' ? `Copy this link: ${url}` : ''}
      </p>
    </section>
  );
}
