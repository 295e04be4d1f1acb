import { render, screen, within } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { blockSchema, type Block } from '../../src/data/schema';
import { Body } from '../../src/story/Body';

/** Blocks as a publisher writes them, through the schema so defaults (a list's style) apply. */
const blocks = (...input: unknown[]): Block[] => input.map((block) => blockSchema.parse(block));

describe('story body blocks', () => {
  test('paragraphs render inline emphasis, strong text and links, numbered p-1, p-2…', () => {
    const { container } = render(
      <Body
        blocks={blocks(
          { type: 'paragraph', text: 'A plain first paragraph.' },
          { type: 'heading', text: 'Not a paragraph' },
          {
            type: 'paragraph',
            text: [
              'Officials ',
              { type: 'em', children: ['did not'] },
              ' confirm the ',
              { type: 'strong', children: ['letter', { type: 'em', children: [' itself'] }] },
              ', according to ',
              { type: 'link', href: 'https://example.com/report', children: ['the report'] },
              '.',
            ],
          },
        )}
      />,
    );
    const [first, second] = screen.getAllByRole('paragraph');
    expect(first).toHaveAttribute('id', 'p-1');
    expect(first).toHaveTextContent(/^A plain first paragraph\.$/);
    expect(second).toHaveAttribute('id', 'p-2');
    expect(second).toHaveTextContent(/^Officials did not confirm the letter itself, according to the report\.$/);
    expect(within(second!).getByText('did not').tagName).toBe('EM');
    expect(within(second!).getByText('letter').tagName).toBe('STRONG');
    expect(within(second!).getByText('itself').closest('strong')).not.toBeNull();
    expect(within(second!).getByRole('link', { name: 'the report' })).toHaveAttribute(
      'href',
      'https://example.com/report',
    );
    expect(container.querySelector('#p-3')).toBeNull();
  });

  test('a heading is a second-level heading', () => {
    render(<Body blocks={blocks({ type: 'heading', text: 'What happens next' })} />);
    expect(screen.getByRole('heading', { level: 2, name: 'What happens next' })).toBeInTheDocument();
  });

  test('a pull quote shows its words, with its attribution only when it has one', () => {
    render(
      <Body
        blocks={blocks(
          { type: 'pullquote', text: 'There are no plans to leave.', attribution: 'Mark Esper' },
          { type: 'pullquote', text: 'Nobody said this.' },
        )}
      />,
    );
    const [attributed, anonymous] = screen.getAllByRole('figure');
    expect(within(attributed!).getByRole('blockquote')).toHaveTextContent(/^There are no plans to leave\.$/);
    expect(attributed!.querySelector('figcaption')).toHaveTextContent(/^Mark Esper$/);
    expect(within(anonymous!).getByRole('blockquote')).toHaveTextContent(/^Nobody said this\.$/);
    expect(anonymous!.querySelector('figcaption')).toBeNull();
  });

  test('a block quote keeps its rich text and attribution', () => {
    render(
      <Body
        blocks={blocks({
          type: 'blockquote',
          text: ['We ', { type: 'strong', children: ['respect'] }, ' your decision.'],
          attribution: 'Letter from Gen. Seely',
        })}
      />,
    );
    const figure = screen.getByRole('figure');
    const quote = within(figure).getByRole('blockquote');
    expect(figure.querySelector('figcaption')).toHaveTextContent(/^Letter from Gen\. Seely$/);
    expect(quote).toHaveTextContent(/^We respect your decision\.$/);
    expect(within(quote).getByText('respect').tagName).toBe('STRONG');
  });

  test('a figure shows its image, a caption with a bold lead-in, and the credit', () => {
    render(
      <Body
        blocks={blocks({
          type: 'figure',
          image: {
            src: '/images/iraq-letter.jpg',
            alt: 'A typed letter on a desk',
            width: 1600,
            height: 900,
            caption: [{ type: 'strong', children: ['Key figure:'] }, ' The letter that started it all'],
            credit: 'Illustration: Dispatch',
          },
        })}
      />,
    );
    const figure = screen.getByRole('figure');
    const image = within(figure).getByRole('img', { name: 'A typed letter on a desk' });
    // The build makes smaller copies of local images; the page may pick one of them.
    expect(image.getAttribute('src')).toMatch(/^\/images\/iraq-letter(-\d+)?\.jpg$/);
    expect(image).toHaveAttribute('width', '1600');
    expect(image).toHaveAttribute('height', '900');
    expect(within(figure).getByText('Key figure:').tagName).toBe('STRONG');
    expect(figure.querySelector('figcaption')).toHaveTextContent(
      /^Key figure: The letter that started it allIllustration: Dispatch$/,
    );
    expect(within(figure).getByText('Illustration: Dispatch')).toBeInTheDocument();
  });

  test('lists are bulleted by default, or numbered', () => {
    render(
      <Body
        blocks={blocks(
          { type: 'list', items: ['Apples', ['Pears ', { type: 'em', children: ['in season'] }]] },
          { type: 'list', style: 'numbered', items: ['First', 'Second', 'Third'] },
        )}
      />,
    );
    const [bulleted, numbered] = screen.getAllByRole('list');
    expect(bulleted!.tagName).toBe('UL');
    expect(
      within(bulleted!)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['Apples', 'Pears in season']);
    expect(within(bulleted!).getByText('in season').tagName).toBe('EM');
    expect(numbered!.tagName).toBe('OL');
    expect(
      within(numbered!)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['First', 'Second', 'Third']);
  });
});

describe('unsafe content that slipped past validation', () => {
  // The schema rejects these; the renderer must still never turn them into live links or images.
  test.each([
    'javascript:alert(document.cookie)',
    'data:text/html,<script>alert(1)</script>',
    'JavaScript:alert(1)',
    'vbscript:x',
  ])('a link to %s is shown as plain text', (href) => {
    const block: Block = { type: 'paragraph', text: ['Click ', { type: 'link', href, children: ['here'] }, ' now.'] };
    render(<Body blocks={[block]} />);
    expect(screen.getByRole('paragraph')).toHaveTextContent(/^Click here now\.$/);
    expect(screen.queryByRole('link')).toBeNull();
    expect(document.querySelector('[href]')).toBeNull();
  });

  test.each([
    'javascript:alert(1)',
    'data:image/png;base64,AAAA',
    'http://insecure.example/x.jpg',
    '/images/../secrets.jpg',
  ])('an image whose src is %s renders no <img>', (src) => {
    const block: Block = {
      type: 'figure',
      image: { src, alt: 'Something', width: 10, height: 10, caption: 'Still captioned' },
    };
    render(<Body blocks={[block]} />);
    expect(screen.queryByRole('img')).toBeNull();
    expect(document.querySelector('img')).toBeNull();
    expect(screen.getByRole('figure')).toHaveTextContent('Still captioned');
  });
});
