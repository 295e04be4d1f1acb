import { renderToStaticMarkup } from 'react-dom/server';
import type { PublishedCorrection, PublishedStory, PublishedUpdate, StorySummary } from '../src/data/documents.ts';
import { PROVIDER_NAMES } from '../src/data/embedProviders.ts';
import { isSafeHref, isSafeImageSrc } from '../src/data/safeValues.ts';
import type {
  AsideBlock,
  AudioBlock,
  Block,
  EmbedBlock,
  GalleryBlock,
  Image,
  RelatedLink,
  Video,
} from '../src/data/schema.ts';
// Feed items are worded in their story's edition's language.
import '../src/i18n/allCatalogues.ts';
import { EditionContext, useEdition, useMessages } from '../src/i18n/useMessages.ts';
import { fallbackWidth, hasVariants, IMAGE_FORMATS, variantPath } from '../src/images/imageVariants.ts';
import { assertUnreachable } from '../src/lib/assertUnreachable.ts';
import { editionByKey } from '../src/site/editions.ts';
import { absoluteUrl, storyPath } from '../src/site/paths.ts';
import { BlockQuote } from '../src/story/BlockQuote.tsx';
import { BodyList } from '../src/story/BodyList.tsx';
import { embedDate } from '../src/story/embedDate.ts';
import { linkHost } from '../src/story/linkHost.ts';
import { clockTime, isoDuration } from '../src/story/mediaTime.ts';
import { Paragraph } from '../src/story/Paragraph.tsx';
import { RichText } from '../src/story/RichText.tsx';
import { Table } from '../src/story/Table.tsx';
import type { FeedStory } from './feedStory.ts';

/**
 * A story's whole content as a feed reader shows it (RSS `content:encoded`, JSON Feed
 * `content_html`): what its page shows from the standfirst to the corrections, in the same words
 * and order, as plain HTML. Rendered by React, so every string from the story is escaped text;
 * links and images are absolute; media are links and stills instead of players, and embeds their
 * own copy with a link to the original, never a frame or a provider's script.
 */

/** A site file (an image, a video, a clip) by its public address; a remote one as it is. */
const fileUrl = (src: string) => (src.startsWith('/') ? absoluteUrl(src) : src);

const JPEG = IMAGE_FORMATS.find((format) => format.format === 'jpeg')!;

/** An image as a feed shows it: a local one as its fallback JPEG variant (the size an `<img>` loads), at that size. */
function feedImage(image: { src: string; width: number; height: number }) {
  if (!hasVariants(image.src)) return { ...image, src: fileUrl(image.src) };
  const width = fallbackWidth(image.width);
  return {
    src: absoluteUrl(variantPath(image.src, width, JPEG)),
    width,
    height: Math.round((image.height * width) / image.width),
  };
}

function Img({ image, alt }: { image: { src: string; width: number; height: number }; alt: string }) {
  // Validation already rejects unsafe images; this keeps one from ever reaching a src.
  if (!isSafeImageSrc(image.src)) return null;
  const { src, width, height } = feedImage(image);
  // Lazy, like the page's: it is also what keeps React from hoisting a preload link for it.
  return <img src={src} alt={alt} width={width} height={height} loading="lazy" />;
}

function Figure({ image }: { image: Image }) {
  return (
    <figure>
      <Img image={image} alt={image.alt} />
      {(image.caption || image.credit) && (
        <figcaption>
          {image.caption && <RichText text={image.caption} />}
          {image.caption && image.credit && ' '}
          {image.credit}
        </figcaption>
      )}
    </figure>
  );
}

function Transcript({ href }: { href: string | undefined }) {
  const { t } = useMessages();
  return href && isSafeHref(href) ? (
    <>
      {' '}
      <a href={href}>{t('media.transcript')}</a>
    </>
  ) : null;
}

/** A video as its poster, linked to the file: a feed reader opens it in a player of its own. */
function FeedVideo({ video }: { video: Video }) {
  const source = video.sources.find((candidate) => isSafeImageSrc(candidate.src));
  const poster = <Img image={{ src: video.poster, width: video.width, height: video.height }} alt={video.title} />;
  return (
    <figure>
      {source ? <a href={fileUrl(source.src)}>{poster}</a> : poster}
      <figcaption>
        <strong>{video.title}</strong>
        {video.caption && (
          <>
            {' '}
            <RichText text={video.caption} />
          </>
        )}
        {video.credit && ` ${video.credit}`}
        <Transcript href={video.transcript} />
      </figcaption>
    </figure>
  );
}

function FeedAudio({ audio }: { audio: AudioBlock }) {
  const source = audio.sources.find((candidate) => isSafeImageSrc(candidate.src));
  return (
    <figure>
      <figcaption>
        {source ? <a href={fileUrl(source.src)}>{audio.title}</a> : audio.title}{' '}
        <time dateTime={isoDuration(audio.duration)}>{clockTime(audio.duration)}</time>
        {audio.credit && ` ${audio.credit}`}
        <Transcript href={audio.transcript} />
      </figcaption>
    </figure>
  );
}

/** The copy the page shows until the reader loads the embed, and the link to the original. */
function FeedEmbed({ embed }: { embed: EmbedBlock }) {
  const { t } = useMessages();
  const edition = useEdition();
  const provider = PROVIDER_NAMES[embed.provider];
  const date = embed.date && embedDate(embed.date, edition);
  const safe = isSafeHref(embed.url);
  return (
    <>
      <figure>
        {embed.thumbnail && <Img image={embed.thumbnail} alt={embed.thumbnail.alt} />}
        <blockquote cite={safe ? embed.url : undefined}>
          {embed.title && <p>{embed.title}</p>}
          {embed.text && <p>{embed.text}</p>}
        </blockquote>
        {(embed.author || date) && (
          <figcaption>
            {embed.author}
            {embed.author && date && t('story.separator')}
            {date && <time dateTime={embed.date}>{date}</time>}
          </figcaption>
        )}
      </figure>
      {safe && (
        <p>
          <a href={embed.url}>
            {embed.provider === 'interactive' ? t('embed.openInteractive') : t('embed.viewOn', { provider })}
          </a>
        </p>
      )}
    </>
  );
}

function FeedGallery({ gallery }: { gallery: GalleryBlock }) {
  const { t } = useMessages();
  return (
    <section>
      <h2>{gallery.title ?? t('gallery.label')}</h2>
      {gallery.images.map((image, i) => (
        <Figure key={i} image={image} />
      ))}
    </section>
  );
}

function FeedAside({ aside }: { aside: AsideBlock }) {
  return (
    <section>
      <h2>{aside.title}</h2>
      {aside.blocks.map((block, i) => {
        switch (block.type) {
          case 'paragraph':
            return <Paragraph key={i} text={block.text} />;
          case 'heading':
            return (
              <h3 key={i}>
                <RichText text={block.text} />
              </h3>
            );
          case 'list':
            return <BodyList key={i} style={block.style} items={block.items} />;
          case 'figure':
            return <Figure key={i} image={block.image} />;
          default:
            return assertUnreachable(block);
        }
      })}
    </section>
  );
}

/** A related link as the page words it: "Related" and a story's headline, or "Elsewhere", a page's title and host. */
function FeedRelatedLink({ link, linked }: { link: RelatedLink; linked: StorySummary[] }) {
  const { t } = useMessages();
  const to = linkTo(link, linked);
  return to ? (
    <p>
      {link.url === undefined ? t('blocks.related') : t('blocks.elsewhere')}
      <br />
      {to}
    </p>
  ) : null;
}

/** A related link's anchor: null for a story not in the index (the page shows no card for it either). */
function linkTo(link: RelatedLink, linked: StorySummary[]) {
  if (link.url !== undefined) {
    if (!isSafeHref(link.url)) return null;
    return (
      <>
        <a href={link.url}>{link.title}</a> {linkHost(link.url)}
      </>
    );
  }
  const story = linked.find((summary) => summary.slug === link.story);
  return story ? <a href={absoluteUrl(storyPath(story.slug))}>{story.headline}</a> : null;
}

function FeedBlock({ block, linked }: { block: Block; linked: StorySummary[] }) {
  switch (block.type) {
    case 'paragraph':
      return <Paragraph text={block.text} />;
    case 'heading':
      return (
        <h2>
          <RichText text={block.text} />
        </h2>
      );
    // A pull quote repeats the story's words; a feed shows it as the page does, as a quotation.
    case 'pullquote':
    case 'blockquote':
      return <BlockQuote text={block.text} attribution={block.attribution} />;
    case 'list':
      return <BodyList style={block.style} items={block.items} />;
    case 'figure':
      return <Figure image={block.image} />;
    case 'related-link':
      return <FeedRelatedLink link={block} linked={linked} />;
    case 'table':
      // The page's own table: its wrapper and classes mean nothing to a feed reader, and cost nothing.
      return <Table table={block} />;
    case 'aside':
      return <FeedAside aside={block} />;
    case 'video':
      return <FeedVideo video={block} />;
    case 'audio':
      return <FeedAudio audio={block} />;
    case 'embed':
      return <FeedEmbed embed={block} />;
    case 'gallery':
      return <FeedGallery gallery={block} />;
    default:
      return assertUnreachable(block);
  }
}

function FeedBody({ blocks, linked }: { blocks: Block[]; linked: StorySummary[] }) {
  return blocks.map((block, i) => <FeedBlock key={i} block={block} linked={linked} />);
}

function FeedCorrections({ corrections }: { corrections: PublishedCorrection[] }) {
  const { t } = useMessages();
  if (corrections.length === 0) return null;
  return (
    <section>
      <h2>{t('blocks.corrections', { count: corrections.length })}</h2>
      <ol>
        {corrections.map((correction, i) => (
          <li key={i}>
            <time dateTime={correction.date}>{correction.dateTime}</time> <RichText text={correction.text} />
          </li>
        ))}
      </ol>
    </section>
  );
}

function FeedStoryContent({ story, linked }: { story: FeedStory; linked: StorySummary[] }) {
  const { t } = useMessages();
  const links = story.standfirstLinks.flatMap((link, i) => {
    const to = linkTo(link, linked);
    return to ? [<li key={i}>{to}</li>] : [];
  });
  return (
    <div lang={story.language} dir={story.direction}>
      {story.standfirst && <p>{story.standfirst}</p>}
      {story.rating && (
        <p>
          {story.rating.item}
          <br />
          {t('blocks.rated', { value: story.rating.value, best: story.rating.best })}
        </p>
      )}
      {links.length > 0 && <ul>{links}</ul>}
      {story.image && <Figure image={story.image} />}
      {story.leadVideo && <FeedVideo video={story.leadVideo} />}
      <FeedBody blocks={story.body} linked={linked} />
      {story.keyPoints && (
        <section>
          <h2>{t('liveblog.keyPoints')}</h2>
          <ul>
            {story.keyPoints.map((point, i) => (
              <li key={i}>
                <RichText text={point} />
              </li>
            ))}
          </ul>
        </section>
      )}
      <FeedCorrections corrections={story.corrections} />
    </div>
  );
}

/** A story's feed content; `linked` holds the cards of the stories its related links point to. */
export function storyFeedHtml(story: FeedStory, linked: StorySummary[]): string {
  return renderToStaticMarkup(
    <EditionContext value={editionByKey(story.edition)}>
      <FeedStoryContent story={story} linked={linked} />
    </EditionContext>,
  );
}

/** A live story's update as an item of its feed: its blocks, as its place on the page shows them. */
export function updateFeedHtml(
  update: PublishedUpdate,
  story: Pick<PublishedStory, 'edition' | 'language' | 'direction'>,
  linked: StorySummary[],
): string {
  return renderToStaticMarkup(
    <EditionContext value={editionByKey(story.edition)}>
      <div lang={story.language} dir={story.direction}>
        <FeedBody blocks={update.body} linked={linked} />
      </div>
    </EditionContext>,
  );
}
