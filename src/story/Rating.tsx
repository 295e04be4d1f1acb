import type { Rating as RatingValue } from '../data/schema';
import { useMessages } from '../i18n/useMessages';

type Star = 'full' | 'half' | 'empty';

/** The stars of a rating: 3.5 of 5 is three full stars, a half star and an empty one. */
export function stars(value: number, best: number): Star[] {
  return Array.from({ length: best }, (_, i) => (value >= i + 1 ? 'full' : value >= i + 0.5 ? 'half' : 'empty'));
}

/** A review's stars, drawn by CSS, with their meaning in words for screen readers, print and forced colours. */
export function Rating({ rating }: { rating: RatingValue }) {
  const { t } = useMessages();
  const label = t('blocks.rated', { value: rating.value, best: rating.best });
  return (
    <p className="rating">
      <span className="rating__stars" aria-hidden="true">
        {stars(rating.value, rating.best).map((star, i) => (
          <span key={i} className={`rating__star rating__star--${star}`} />
        ))}
      </span>
      <span className="rating__text visually-hidden">{label}</span>
      <span className="rating__item">{rating.item}</span>
    </p>
  );
}
