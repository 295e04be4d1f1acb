import { fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, onTestFinished, test, vi } from 'vitest';
import type { StoryPage } from '../../src/data/documents';
import { storyPageQuery } from '../../src/data/queries';
import { blockSchema, embedBlockSchema, imageSchema, type Block } from '../../src/data/schema';
import { storyHead } from '../../src/site/head';
import { Embed } from '../../src/story/Embed';
import { EmbedDaysContext } from '../../src/story/EmbedDaysContext';
import { loadMediaBlocks, usesMediaBlocks } from '../../src/story/lazyMediaBlocks';
import { clockTime, isoDuration } from '../../src/story/mediaTime';
import { createTestQueryClient, renderWithRouter, sampleDocument, stubFetch } from '../support/renderWithRouter';
import { publishedStory, minimalStory } from '../support/documents';

const SAMPLE = 'marrow-bay-first-winter-of-retreat';
const samplePage = () => sampleDocument(`data/stories/${SAMPLE}.json`) as StoryPage;
const blocks = (...input: unknown[]): Block[] => input.map((block) => blockSchema.parse(block));

// Body renders these blocks from their own chunk, which the app loads before a page that has them.
beforeAll(loadMediaBlocks);

/** The sample story's page with this body, inside the app's router. */
function renderBody(body: Block[]) {
  const page = samplePage();
  const queryClient = createTestQueryClient();
  queryClient.setQueryData(storyPageQuery(SAMPLE).queryKey, { ...page, story: { ...page.story, body } });
  stubFetch();
  return renderWithRouter(`/stories/${SAMPLE}/`, queryClient);
}

const video = {
  type: 'video',
  title: 'High water on Shore Road',
  sources: [
    { src: '/images/media/tide.webm', type: 'video/webm' },
    { src: 'https://video.example-news.com/tide.mp4', type: 'video/mp4' },
  ],
  poster: '/images/media/tide-poster.jpg',
  width: 640,
  height: 360,
  tracks: [
    { src: '/images/media/tide.en.vtt', srclang: 'en', label: 'English' },
    { src: '/images/media/tide.ar.vtt', kind: 'subtitles', srclang: 'ar', label: 'العربية' },
  ],
  transcript: 'https://dispatch.example.com/transcripts/tide/',
};

const youtube = {
  type: 'embed',
  provider: 'youtube',
  url: 'https://www.youtube.com/watch?v=Mb7tKq2xR9s&t=42',
  title: 'Public meeting, 18 September',
  author: 'Marrow Bay Town Assembly',
  date: '2026-09-18T19:00:00+01:00',
};

describe('video', () => {
  test('a native player that downloads nothing before play: no preload, a poster, its box reserved', async () => {
    renderBody(blocks(video));
    const figure = (await screen.findByText('High water on Shore Road')).closest('figure')!;
    const player = figure.querySelector('video')!;
    expect(player).toHaveAttribute('controls');
    expect(player).toHaveAttribute('preload', 'none');
    expect(player).not.toHaveAttribute('autoplay');
    expect(player).toHaveAttribute('width', '640');
    expect(player).toHaveAttribute('height', '360');
    // A local poster is its 640-pixel JPEG variant (the widest the build makes of a 640-pixel file).
    expect(player).toHaveAttribute('poster', '/images/media/tide-poster-640.jpg');
    expect([...player.querySelectorAll('source')].map((source) => [source.getAttribute('src'), source.type])).toEqual(
      video.sources.map((source) => [source.src, source.type]),
    );
  });

  test('captions and subtitles are tracks with their language and label', async () => {
    renderBody(blocks(video));
    const player = (await screen.findByText('High water on Shore Road')).closest('figure')!.querySelector('video')!;
    expect(
      [...player.querySelectorAll('track')].map((t) => [t.kind, t.srclang, t.label, t.getAttribute('src')]),
    ).toEqual([
      ['captions', 'en', 'English', '/images/media/tide.en.vtt'],
      ['subtitles', 'ar', 'العربية', '/images/media/tide.ar.vtt'],
    ]);
    expect(screen.getByRole('link', { name: 'Read the transcript' })).toHaveAttribute('href', video.transcript);
  });

  test('a lead video stands in place of the lead image, above the body', async () => {
    renderWithRouter(
      `/stories/${SAMPLE}/`,
      (() => {
        const queryClient = createTestQueryClient();
        queryClient.setQueryData(storyPageQuery(SAMPLE).queryKey, samplePage());
        stubFetch();
        return queryClient;
      })(),
    );
    const article = await screen.findByRole('article');
    const lead = article.querySelector('.video--lead')!;
    expect(lead).not.toBeNull();
    expect(lead.compareDocumentPosition(article.querySelector('.story-body')!)).toBe(Node.DOCUMENT_POSITION_FOLLOWING);
    expect(lead.querySelector('video')).toHaveAttribute('preload', 'none');
  });
});

describe('audio', () => {
  test('a clip with its title and length, and a player that waits for the reader', async () => {
    renderBody(
      blocks({
        type: 'audio',
        title: 'The shore at high water',
        sources: [{ src: '/images/media/shore.webm', type: 'audio/webm' }],
        duration: 125,
      }),
    );
    const figure = (await screen.findByText('The shore at high water')).closest('figure')!;
    expect(within(figure).getByText('2:05')).toHaveAttribute('datetime', 'PT2M5S');
    expect(figure.querySelector('audio')).toHaveAttribute('preload', 'none');
    expect(figure.querySelector('audio source')).toHaveAttribute('src', '/images/media/shore.webm');
  });

  test('lengths read as a player shows them and as <time> gives them', () => {
    expect([5, 125, 3725].map(clockTime)).toEqual(['0:05', '2:05', '1:02:05']);
    expect([5, 120, 3725].map(isoDuration)).toEqual(['PT5S', 'PT2M', 'PT1H2M5S']);
  });
});

describe('embeds', () => {
  test("the page shows the story's own copy and frames nothing until the reader asks", async () => {
    renderBody(blocks(youtube));
    const figure = (await screen.findByText(youtube.title)).closest<HTMLElement>('.embed')!;
    expect(figure.querySelector('iframe')).toBeNull();
    expect(within(figure).getByText(youtube.author, { exact: false })).toBeInTheDocument();
    expect(within(figure).getByText('18 September 2026')).toHaveAttribute('datetime', youtube.date);
    expect(within(figure).getByRole('link', { name: 'View on YouTube' })).toHaveAttribute('href', youtube.url);
    expect(within(figure).getByText(/YouTube see your visit/)).toBeInTheDocument();
  });

  test("a story's page shows the day as the build worded it", async () => {
    render(
      <EmbedDaysContext value={{ [youtube.date]: 'the build’s wording' }}>
        <Embed embed={embedBlockSchema.parse(youtube)} />
      </EmbedDaysContext>,
    );
    expect(await screen.findByText('the build’s wording')).toHaveAttribute('datetime', youtube.date);
  });

  test('"Load content from YouTube" frames the privacy-enhanced player, built from the video id alone', async () => {
    const user = userEvent.setup();
    renderBody(blocks(youtube));
    await user.click(await screen.findByRole('button', { name: 'Load content from YouTube' }));
    const iframe = screen.getByTitle(`YouTube: ${youtube.title}`);
    expect(iframe.localName).toBe('iframe');
    expect(iframe).toHaveAttribute('src', 'https://www.youtube-nocookie.com/embed/Mb7tKq2xR9s');
    expect(iframe).toHaveAttribute('sandbox');
    expect(iframe).toHaveFocus();
    expect(screen.queryByRole('button', { name: 'Load content from YouTube' })).toBeNull();
  });

  test('an interactive graphic is framed from its own address, at the height the story gives', async () => {
    const user = userEvent.setup();
    renderBody(
      blocks({
        type: 'embed',
        provider: 'interactive',
        url: 'https://graphics.dispatch.example.com/2026/tide-map/?year=2040#top',
        title: 'Where the tide will reach',
        height: 640,
      }),
    );
    expect(await screen.findByRole('link', { name: 'Open the interactive graphic' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Load the interactive graphic' }));
    const iframe = screen.getByTitle('Where the tide will reach');
    expect(iframe).toHaveAttribute('src', 'https://graphics.dispatch.example.com/2026/tide-map/?year=2040');
    expect(iframe).toHaveAttribute('height', '640');
  });

  test('a post without a title shows its words', async () => {
    renderBody(
      blocks({
        type: 'embed',
        provider: 'mastodon',
        url: 'https://mastodon.social/@harbour/113590221837460016',
        text: 'Shore Road closed for the spring tides.',
      }),
    );
    expect(await screen.findByText('Shore Road closed for the spring tides.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Load content from Mastodon' })).toBeInTheDocument();
  });
});

describe('galleries', () => {
  const picture = (n: number) => ({
    src: `/images/gallery-${n}.jpg`,
    alt: `Picture ${n}`,
    width: 1200,
    height: 800,
    caption: `Caption ${n}`,
  });
  const gallery = { type: 'gallery', title: 'The shore this week', images: [picture(1), picture(2), picture(3)] };

  test('every picture is in a labelled list, with its caption', async () => {
    renderBody(blocks(gallery));
    const list = await screen.findByRole('list', { name: 'The shore this week' });
    const items = within(list).getAllByRole('listitem');
    expect(items.map((item) => within(item).getByRole('img').getAttribute('alt'))).toEqual([
      'Picture 1',
      'Picture 2',
      'Picture 3',
    ]);
    expect(items.map((item) => item.querySelector('figcaption')!.textContent)).toEqual([
      'Caption 1',
      'Caption 2',
      'Caption 3',
    ]);
    expect(screen.getByRole('heading', { name: 'The shore this week' })).toBeInTheDocument();
  });

  test('the buttons and the arrow keys move a picture at a time, and say which is shown', async () => {
    // jsdom lays nothing out and has no scrollIntoView: record which picture each move brings into view.
    const scrolled: string[] = [];
    Element.prototype.scrollIntoView = vi.fn(function (this: Element) {
      scrolled.push(this.querySelector('img')!.alt);
    });
    onTestFinished(() => {
      delete (Element.prototype as Partial<Element>).scrollIntoView;
    });
    const user = userEvent.setup();
    renderBody(blocks(gallery));
    const list = await screen.findByRole('list', { name: 'The shore this week' });
    expect(screen.getByText('Image 1 of 3')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Previous image' })).toBeDisabled();

    await user.click(screen.getByRole('button', { name: 'Next image' }));
    expect(screen.getByText('Image 2 of 3')).toBeInTheDocument();
    fireEvent.keyDown(list, { key: 'ArrowRight' });
    expect(screen.getByText('Image 3 of 3')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Next image' })).toBeDisabled();
    fireEvent.keyDown(list, { key: 'Home' });
    expect(screen.getByText('Image 1 of 3')).toBeInTheDocument();
    fireEvent.keyDown(list, { key: 'ArrowLeft' });
    expect(screen.getByText('Image 1 of 3')).toBeInTheDocument();
    expect(scrolled).toEqual(['Picture 2', 'Picture 3', 'Picture 1', 'Picture 1']);
  });

  test('the scrolling list can be focused, so a keyboard can scroll it', async () => {
    renderBody(blocks(gallery));
    expect(await screen.findByRole('list', { name: 'The shore this week' })).toHaveAttribute('tabindex', '0');
  });
});

describe('figure display sizes and remote renditions', () => {
  test('a wide, showcase or thumbnail figure is laid out by its size and asks for the width it needs', async () => {
    const image = { src: '/images/marrow-bay-coast.jpg', alt: 'The coast', width: 1600, height: 900 };
    renderBody(
      blocks(
        { type: 'figure', display: 'wide', image: { ...image, alt: 'Wide' } },
        { type: 'figure', display: 'showcase', image: { ...image, alt: 'Showcase' } },
        { type: 'figure', display: 'thumbnail', image: { ...image, alt: 'Thumbnail' } },
        { type: 'figure', image: { ...image, alt: 'Inline' } },
      ),
    );
    const figure = async (alt: string) => (await screen.findByAltText(alt)).closest('figure')!;
    expect((await figure('Wide')).className).toBe('picture picture--wide');
    expect((await figure('Showcase')).className).toBe('picture picture--showcase');
    expect((await figure('Thumbnail')).className).toBe('picture picture--thumbnail');
    expect((await figure('Inline')).className).toBe('picture');
    const sizes = (alt: string) => screen.getByAltText(alt).getAttribute('sizes');
    expect(sizes('Thumbnail')).toContain('13rem');
    expect(sizes('Showcase')).toContain('100vw');
    expect(sizes('Inline')).toBe('(min-width: 42rem) 38rem, 100vw');
  });

  test("a remote image's renditions become its srcset, from a template or a list, narrowest first", async () => {
    const template = imageSchema.parse({
      src: 'https://img.example-news.com/coast.jpg?w=2000',
      alt: 'Template',
      width: 2000,
      height: 1000,
      renditions: { template: 'https://img.example-news.com/coast.jpg?w={width}', widths: [960, 480] },
    });
    expect(template.renditions).toEqual([
      { width: 480, src: 'https://img.example-news.com/coast.jpg?w=480' },
      { width: 960, src: 'https://img.example-news.com/coast.jpg?w=960' },
    ]);
    renderBody(blocks({ type: 'figure', image: template }));
    const img = await screen.findByAltText('Template');
    expect(img).toHaveAttribute(
      'srcset',
      'https://img.example-news.com/coast.jpg?w=480 480w, https://img.example-news.com/coast.jpg?w=960 960w',
    );
    expect(img).toHaveAttribute('sizes', '(min-width: 42rem) 38rem, 100vw');
    expect(img).toHaveAttribute('src', 'https://img.example-news.com/coast.jpg?w=2000');
  });

  test('a remote lead image with renditions is the link preview, at the rendition nearest 1200 pixels', () => {
    const renditions = [400, 1600, 1200, 800].map((width) => ({
      width,
      src: `https://img.example-news.com/${width}.jpg`,
    }));
    const story = publishedStory({
      ...minimalStory,
      image: { src: 'https://img.example-news.com/full.jpg', alt: 'The coast', width: 2400, height: 1600, renditions },
    });
    expect(storyHead(story).image).toEqual({
      url: 'https://img.example-news.com/1200.jpg',
      width: 1200,
      height: 800,
      alt: 'The coast',
    });
    // Without renditions a remote image is not fetched: the preview is the story's card.
    const plain = publishedStory({ ...minimalStory, image: { ...story.image!, renditions: undefined } });
    expect(storyHead(plain).image.url).toMatch(/\/cards\//);
  });
});

test('only stories with a lead video, a media block or a sized figure load the media chunk', () => {
  const story = (body: unknown[], extra = {}) => publishedStory({ ...minimalStory, body, ...extra } as never);
  expect(usesMediaBlocks(story([{ type: 'paragraph', text: 'Words.' }]))).toBe(false);
  const image = { src: '/images/a.jpg', alt: '', width: 10, height: 10 };
  expect(usesMediaBlocks(story([{ type: 'figure', display: 'inline', image }]))).toBe(false);
  expect(usesMediaBlocks(story([{ type: 'figure', display: 'wide', image }]))).toBe(true);
  expect(usesMediaBlocks(story(blocks(youtube)))).toBe(true);
  const { type: _, ...leadVideo } = video;
  expect(usesMediaBlocks(story([{ type: 'paragraph', text: 'Words.' }], { leadVideo }))).toBe(true);
});
