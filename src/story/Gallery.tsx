import { type KeyboardEvent, useId, useRef, useState } from 'react';
import type { GalleryBlock } from '../data/schema';
import { useMessages } from '../i18n/useMessages';
import { Picture } from './Picture';

/**
 * Several pictures with their captions. Without JavaScript they are a list, one under the other
 * (media.css); with it, a row that scrolls sideways a picture at a time, by the Previous and Next
 * buttons, the arrow keys once the row has focus, or a swipe. The row is a labelled list, and
 * says which picture is shown.
 */
export function Gallery({ gallery }: { gallery: GalleryBlock }) {
  const { t } = useMessages();
  const labelId = useId();
  const list = useRef<HTMLUListElement>(null);
  const [index, setIndex] = useState(0);
  // The picture a button or key is scrolling to: until the row gets there, the pictures it passes
  // on the way are not 'shown' (a second press would count from them), unless the reader takes over.
  const heading = useRef<number | null>(null);
  const count = gallery.images.length;
  const items = () => [...(list.current?.children ?? [])] as HTMLElement[];

  const show = (next: number) => {
    const target = Math.max(0, Math.min(count - 1, next));
    const still = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
    heading.current = target;
    items()[target]?.scrollIntoView({ behavior: still ? 'instant' : 'smooth', block: 'nearest', inline: 'start' });
    setIndex(target);
  };

  // The picture whose start is nearest the row's start is the one shown (in either direction).
  const onScroll = () => {
    const row = list.current;
    if (!row) return;
    const start = row.getBoundingClientRect();
    const rtl = getComputedStyle(row).direction === 'rtl';
    const distance = (item: HTMLElement) => {
      const box = item.getBoundingClientRect();
      return Math.abs(rtl ? start.right - box.right : box.left - start.left);
    };
    const all = items();
    const nearest = all.reduce((best, item, i) => (distance(item) < distance(all[best]!) ? i : best), 0);
    if (heading.current !== null) {
      if (nearest === heading.current) heading.current = null;
      return;
    }
    if (nearest !== index) setIndex(nearest);
  };

  const takeOver = () => {
    heading.current = null;
  };

  const onKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    const rtl = getComputedStyle(event.currentTarget).direction === 'rtl';
    const step = { ArrowRight: rtl ? -1 : 1, ArrowLeft: rtl ? 1 : -1, Home: -count, End: count }[event.key];
    if (step === undefined) return;
    event.preventDefault();
    show(Math.abs(step) === count ? (step > 0 ? count - 1 : 0) : index + step);
  };

  return (
    <section className="gallery" aria-labelledby={labelId}>
      <h2 className="gallery__title" id={labelId}>
        {gallery.title ?? t('gallery.label')}
      </h2>
      {/* A scrolling list must be focusable to be scrolled by keyboard (WCAG 2.1.1). */}
      <ul
        ref={list}
        className="gallery__list"
        aria-labelledby={labelId}
        // biome-ignore lint/a11y/noNoninteractiveTabindex: see above
        tabIndex={0}
        onKeyDown={onKeyDown}
        onScroll={onScroll}
        onPointerDown={takeOver}
        onWheel={takeOver}
      >
        {gallery.images.map((image, i) => (
          <li key={i} className="gallery__item">
            <Picture image={image} />
          </li>
        ))}
      </ul>
      <div className="gallery__controls">
        <button type="button" className="button gallery__button" onClick={() => show(index - 1)} disabled={index === 0}>
          <span className="gallery__arrow gallery__arrow--previous" aria-hidden="true" />
          <span className="visually-hidden">{t('gallery.previous')}</span>
        </button>
        <p className="gallery__position" aria-live="polite">
          {t('gallery.position', { index: index + 1, count })}
        </p>
        <button
          type="button"
          className="button gallery__button"
          onClick={() => show(index + 1)}
          disabled={index === count - 1}
        >
          <span className="gallery__arrow gallery__arrow--next" aria-hidden="true" />
          <span className="visually-hidden">{t('gallery.next')}</span>
        </button>
      </div>
    </section>
  );
}
