import type { PublishedCorrection } from '../data/documents';
import { useMessages } from '../i18n/useMessages';
import { RichText } from './RichText';

export const CORRECTIONS_ID = 'corrections';

/** The story's corrections at its end, oldest first as written, each with the time it was made. */
export function Corrections({ corrections }: { corrections: PublishedCorrection[] }) {
  const { t } = useMessages();
  if (corrections.length === 0) return null;
  return (
    <section className="corrections" id={CORRECTIONS_ID} aria-labelledby="corrections-heading">
      <h2 id="corrections-heading" className="corrections__heading">
        {t('blocks.corrections', { count: corrections.length })}
      </h2>
      <ol className="corrections__list">
        {corrections.map((correction, i) => (
          <li key={i}>
            <time className="corrections__date" dateTime={correction.date}>
              {correction.dateTime}
            </time>{' '}
            <RichText text={correction.text} />
          </li>
        ))}
      </ol>
    </section>
  );
}

/** A line at the top of a corrected story that leads to its corrections. */
export function CorrectionNotice({ count }: { count: number }) {
  const { t } = useMessages();
  if (count === 0) return null;
  return (
    <p className="correction-notice">
      {t('blocks.corrected')} <a href={`#${CORRECTIONS_ID}`}>{t('blocks.seeCorrections', { count })}</a>
    </p>
  );
}
