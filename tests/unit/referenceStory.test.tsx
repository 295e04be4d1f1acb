import { readFileSync } from 'node:fs';
import path from 'node:path';
import { screen, within } from '@testing-library/react';
import { expect, test } from 'vitest';
import { renderWithRouter, stubFetch } from '../support/renderWithRouter';

/**
 * The reference story as a reader copied it off the page: the kicker, the headline, the body (with
 * the figure caption where it sits), then the share heading and the comment count.
 */
const seed = readFileSync(path.resolve('..', 'shared', 'seeds', '000_3cb5f1b065f34f27.txt'), 'utf8')
  .split(/\n\s*\n/)
  .map((block) => block.trim())
  .filter(Boolean);
const [kicker, headline, ...rest] = seed;
const shareIndex = rest.findIndex((line) => /^tell your friends$/i.test(line));
const bodyLines = rest.slice(0, shareIndex);
const afterBody = rest.slice(shareIndex);
const captionLine = bodyLines.find((line) => line.startsWith('Key figure:'))!;
const paragraphs = bodyLines.filter((line) => line !== captionLine);

/** The story's body paragraphs in page order: they are numbered p-1, p-2… */
function bodyParagraphs(): string[] {
  const found: string[] = [];
  for (let n = 1, p = document.getElementById(`p-${n}`); p; p = document.getElementById(`p-${++n}`))
    found.push(p.textContent!);
  return found;
}

test('the seed file has the shape this test expects', () => {
  expect(shareIndex).toBeGreaterThan(0);
  expect(captionLine).toBeDefined();
  expect(afterBody).toEqual(['TELL YOUR FRIENDS', 'No comments']);
  expect(paragraphs.length).toBeGreaterThan(20);
});

test('the reference story shows every paragraph of its text, word for word and in order', async () => {
  stubFetch();
  renderWithRouter('/stories/defense-secretary-troops-not-withdrawing-iraq/');

  const article = await screen.findByRole('article');
  expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(headline);
  expect(within(article).getByText(kicker!)).toHaveClass('kicker', 'kicker--breaking');
  expect(kicker).toBe('Breaking News');

  expect(bodyParagraphs()).toEqual(paragraphs);
  expect(
    within(article)
      .getAllByRole('paragraph')
      .map((p) => p.textContent),
  ).not.toContain(captionLine);

  const figure = within(article)
    .getByRole('img', { name: /a typed letter on a desk/ })
    .closest('figure')!;
  const caption = figure.querySelector('figcaption')!;
  expect(within(caption).getByText('Key figure:').tagName).toBe('STRONG');
  const credit = within(caption).getByText('Illustration: Dispatch');
  expect(caption.textContent).toBe(`${captionLine}${credit.textContent}`);

  expect(article.querySelectorAll('.pullquote')).toHaveLength(2);
  expect(within(article).getAllByRole('blockquote')).toHaveLength(2);

  // The page says "Tell your friends"; the stylesheet sets it in capitals, as the seed shows it.
  expect(within(article).getByRole('heading', { level: 2, name: 'Tell your friends' }).textContent!.toUpperCase()).toBe(
    afterBody[0],
  );
  expect(within(article).getByText(afterBody[1]!)).toBeInTheDocument();
});
