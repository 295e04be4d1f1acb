// @vitest-environment node
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { issueMessage } from '../../pipeline/check/issueMessages.ts';
import { fromZodIssues } from '../../pipeline/check/problems.ts';
import { readContent } from '../../pipeline/check/readContent.ts';
import { contentSecurityPolicy } from '../../pipeline/headers.ts';
import { EMBED_PROVIDERS, embedFrameUrl, PLAYER_ORIGINS } from '../../src/data/embedProviders.ts';
import { storySchema } from '../../src/data/schema.ts';
import { embedOrigins } from '../../src/site/config.ts';
import { readingMinutes, WORDS_PER_MINUTE } from '../../src/story/readingTime.ts';
import { minimalStory } from '../support/documents.ts';

/** Where and why a story is rejected, as the build prints it. */
function problems(story: unknown): { path: string; message: string }[] {
  const result = storySchema.safeParse(story, { error: issueMessage });
  return result.success
    ? []
    : fromZodIssues('story.json', result.error.issues).map(({ path, message }) => ({ path, message }));
}

const withBody = (...body: unknown[]) => ({ ...minimalStory, body });

const video = {
  type: 'video',
  title: 'High water',
  sources: [{ src: '/images/tide.webm', type: 'video/webm' }],
  poster: '/images/tide.jpg',
  width: 640,
  height: 360,
  tracks: [{ src: '/images/tide.en.vtt', srclang: 'en', label: 'English' }],
};

const embed = (provider: string, url: string) => ({ type: 'embed', provider, url, title: 'A title' });

describe('video and audio', () => {
  test('a video without a poster is rejected at its path', () => {
    const { poster: _, ...noPoster } = video;
    expect(problems(withBody(noPoster))).toEqual([
      { path: 'body[0].poster', message: 'required field is missing (expected a string)' },
    ]);
  });

  test('a caption track without its language is rejected, saying what it needs', () => {
    expect(problems(withBody({ ...video, tracks: [{ src: '/images/tide.en.vtt', label: 'English' }] }))).toEqual([
      {
        path: 'body[0].tracks[0].srclang',
        message: 'a caption or subtitle track needs its language (srclang), such as "en"',
      },
    ]);
    expect(problems(withBody({ ...video, tracks: [{ ...video.tracks[0], srclang: 'english please' }] }))).toEqual([
      expect.objectContaining({ path: 'body[0].tracks[0].srclang' }),
    ]);
  });

  test('tracks are WebVTT files; sources are files of a video type', () => {
    expect(problems(withBody({ ...video, tracks: [{ ...video.tracks[0], src: '/images/tide.srt' }] }))).toEqual([
      { path: 'body[0].tracks[0].src', message: 'tracks are WebVTT (.vtt) files' },
    ]);
    expect(problems(withBody({ ...video, sources: [{ src: 'javascript:alert(1)', type: 'video/webm' }] }))).toEqual([
      { path: 'body[0].sources[0].src', message: 'media files must be under /images/ or an https: URL' },
    ]);
    expect(problems(withBody({ ...video, sources: [{ src: '/images/tide.webm', type: 'text/html' }] }))).toEqual([
      expect.objectContaining({ path: 'body[0].sources[0].type' }),
    ]);
  });

  test('a story leads with an image or a video, not both', () => {
    const { type: _, ...leadVideo } = video;
    const image = { src: '/images/tide.jpg', alt: 'The tide', width: 640, height: 360 };
    expect(problems({ ...minimalStory, leadVideo })).toEqual([]);
    expect(problems({ ...minimalStory, leadVideo, image })).toEqual([
      expect.objectContaining({ path: 'leadVideo', message: expect.stringContaining('not both') }),
    ]);
  });

  test('an audio clip needs its length', () => {
    const audio = { type: 'audio', title: 'The shore', sources: [{ src: '/images/shore.mp3', type: 'audio/mpeg' }] };
    expect(problems(withBody(audio))).toEqual([
      { path: 'body[0].duration', message: 'required field is missing (expected a number)' },
    ]);
    expect(problems(withBody({ ...audio, duration: 90 }))).toEqual([]);
  });

  test("reading time counts the clips' lengths besides the words", () => {
    const words = Array.from({ length: WORDS_PER_MINUTE * 2 }, () => 'word').join(' ');
    const story = storySchema.parse(
      withBody(
        { type: 'paragraph', text: words },
        { type: 'audio', title: 'Clip', sources: [{ src: '/images/a.mp3', type: 'audio/mpeg' }], duration: 90 },
        { ...video, duration: 90 },
      ),
    );
    expect(readingMinutes(story)).toBe(5);
    expect(readingMinutes({ ...story, leadVideo: { ...story.body[2], duration: 120 } as never })).toBe(7);
  });
});

describe('embeds', () => {
  test.each([
    ['youtube', 'https://www.youtube.com/watch?v=Mb7tKq2xR9s', 'https://www.youtube-nocookie.com/embed/Mb7tKq2xR9s'],
    ['youtube', 'https://youtu.be/Mb7tKq2xR9s?t=3', 'https://www.youtube-nocookie.com/embed/Mb7tKq2xR9s'],
    ['vimeo', 'https://vimeo.com/76979871', 'https://player.vimeo.com/video/76979871?dnt=1'],
    [
      'x',
      'https://x.com/harbour/status/1861234567890',
      'https://platform.twitter.com/embed/Tweet.html?dnt=true&id=1861234567890',
    ],
    [
      'bluesky',
      'https://bsky.app/profile/harbour.bsky.social/post/3lbx2abcd',
      'https://embed.bsky.app/embed/harbour.bsky.social/app.bsky.feed.post/3lbx2abcd',
    ],
    [
      'mastodon',
      'https://mastodon.social/@harbour/113590221837460016',
      'https://mastodon.social/@harbour/113590221837460016/embed',
    ],
    ['instagram', 'https://www.instagram.com/p/C0abc-12_x/', 'https://www.instagram.com/p/C0abc-12_x/embed'],
    [
      'tiktok',
      'https://www.tiktok.com/@harbour/video/7301234567890123456',
      'https://www.tiktok.com/player/v1/7301234567890123456',
    ],
  ] as const)('%s: %s is framed as %s', (provider, url, frame) => {
    expect(embedFrameUrl(provider, url)).toBe(frame);
    expect(problems(withBody(embed(provider, url)))).toEqual([]);
  });

  test.each([
    ['youtube', 'https://www.youtube.com.evil.example/watch?v=Mb7tKq2xR9s'],
    ['youtube', 'https://www.youtube.com/watch?v=Mb7"onload="x'],
    ['youtube', 'https://vimeo.com/76979871'],
    ['vimeo', 'https://vimeo.com/channels/staffpicks'],
    ['x', 'https://x.com/harbour'],
    ['instagram', 'https://www.instagram.com/harbour/'],
    ['tiktok', 'https://www.tiktok.com/@harbour'],
    ['bluesky', 'https://bsky.app/profile/harbour.bsky.social'],
    ['youtube', 'http://www.youtube.com/watch?v=Mb7tKq2xR9s'],
  ])('%s: %s is not one of its addresses, and is rejected at the url', (provider, url) => {
    expect(embedFrameUrl(provider as never, url) ?? null).toBeNull();
    const found = problems(withBody(embed(provider, url)));
    expect(found.length).toBeGreaterThan(0);
    expect(found.map((problem) => problem.path)).toEqual(found.map(() => 'body[0].url'));
  });

  test('the message names the provider and what its addresses look like', () => {
    expect(problems(withBody(embed('youtube', 'https://example.com/video')))).toEqual([
      {
        path: 'body[0].url',
        message: 'not a YouTube address: expected https://www.youtube.com/watch?v=<id> or https://youtu.be/<id>',
      },
    ]);
  });

  test('an embed needs a title or a text: what the page shows', () => {
    const { title: _, ...untitled } = embed('youtube', 'https://youtu.be/Mb7tKq2xR9s');
    expect(problems(withBody(untitled))).toEqual([
      { path: 'body[0].title', message: 'an embed needs a title or a text: what the page shows' },
    ]);
  });

  test('every provider has a place in the CSP: the fixed players, Mastodon servers and graphics listed in site.json', () => {
    const csp = contentSecurityPolicy({ styles: [], scripts: [] });
    const frames = csp
      .split('; ')
      .find((directive) => directive.startsWith('frame-src '))!
      .split(' ')
      .slice(1);
    expect(frames).toEqual([...PLAYER_ORIGINS, ...embedOrigins().mastodon, ...embedOrigins().interactive]);
    expect(embedOrigins().interactive).toContain('https://graphics.dispatch.example.com');
    for (const provider of EMBED_PROVIDERS.filter((name) => name !== 'interactive' && name !== 'mastodon')) {
      const sample = {
        youtube: 'https://youtu.be/Mb7tKq2xR9s',
        vimeo: 'https://vimeo.com/1',
        x: 'https://x.com/a/status/1',
        bluesky: 'https://bsky.app/profile/a.b/post/c',
        instagram: 'https://www.instagram.com/p/a/',
        tiktok: 'https://www.tiktok.com/@a/video/1',
      }[provider];
      expect(frames).toContain(new URL(embedFrameUrl(provider, sample)!).origin);
    }
  });
});

test('renditions are for remote images only, and a template needs its {width}', () => {
  const image = { src: '/images/tide.jpg', alt: 'The tide', width: 640, height: 360 };
  expect(
    problems({ ...minimalStory, image: { ...image, renditions: [{ width: 320, src: 'https://cdn.example/a.jpg' }] } }),
  ).toEqual([expect.objectContaining({ path: 'image.renditions' })]);
  const remote = { ...image, src: 'https://cdn.example/tide.jpg' };
  expect(
    problems({
      ...minimalStory,
      image: { ...remote, renditions: { template: 'https://cdn.example/tide.jpg', widths: [320] } },
    }),
  ).toEqual([
    {
      path: 'image.renditions.template',
      message: 'the template must contain {width}, where the CDN takes the width in pixels',
    },
  ]);
});

describe('the content folder: media files, posters and embed origins', () => {
  let dir: string;

  beforeAll(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'dispatch-media-'));
    mkdirSync(path.join(dir, 'images'));
    mkdirSync(path.join(dir, 'stories'));
    await sharp({ create: { width: 640, height: 400, channels: 3, background: '#468' } })
      .jpeg()
      .toFile(path.join(dir, 'images', 'poster.jpg'));
    writeFileSync(path.join(dir, 'images', 'tide.webm'), '');
  });

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('a missing file, a poster of the wrong size and a graphic from an origin not on the allow-list, each at its path', () => {
    writeFileSync(
      path.join(dir, 'stories', 'tide.json'),
      JSON.stringify(
        withBody(
          { ...video, poster: '/images/poster.jpg', sources: [{ src: '/images/tide.webm', type: 'video/webm' }] },
          embed('interactive', 'https://graphics.elsewhere.example/map/'),
          embed('mastodon', 'https://unlisted.example/@a/123'),
          embed('interactive', 'https://graphics.dispatch.example.com/2026/map/'),
        ),
      ).replace('"a-story"', '"tide"'),
    );
    const found = readContent(dir).problems.map(({ path, message }) => ({ path, message }));
    expect(found).toEqual([
      { path: 'body[0].width', message: 'the image is 640×400 pixels, but the story says 640×360' },
      { path: 'body[0].tracks[0].src', message: expect.stringMatching(/^file not found: \/images\/tide\.en\.vtt/) },
      {
        path: 'body[1].url',
        message:
          "https://graphics.elsewhere.example is not on the site's allow-list for interactive embeds (site.json embeds.interactive: https://graphics.dispatch.example.com)",
      },
      {
        path: 'body[2].url',
        message:
          "https://unlisted.example is not on the site's allow-list for mastodon embeds (site.json embeds.mastodon: https://mastodon.social)",
      },
    ]);
  });
});
