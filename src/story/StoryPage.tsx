import { useSuspenseQuery } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { StaleNotice } from '../app/StaleNotice';
import { storyPageQuery } from '../data/queries';
import { SaveButton } from '../offline/SaveButton';
import { ShareBar } from '../share/ShareBar';
import { StoryShareContext } from '../share/StoryShareContext';
import { EmbedDaysContext } from './EmbedDaysContext';
import { absoluteUrl, storyPath } from '../site/paths';
import { Body } from './Body';
import { Byline } from './Byline';
import { Comments } from './Comments';
import { Headline } from './Headline';
import { Kicker } from './Kicker';
import { LeadImage } from './LeadImage';
import { mediaBlocks } from './lazyMediaBlocks';
import { textBlocks } from './lazyTextBlocks';
import { Standfirst } from './Standfirst';
import { StoryNav } from './StoryNav';
import { StoryTopics } from './StoryTopics';
import { useHashTarget } from './useHashTarget';
import { useFirstScreenFirst } from '../lib/useFirstScreenFirst';
import { liveBlog } from '../liveblog/lazyLiveBlog';

/** What a phone's first screen shows of a story's body, and more than it: the rest follows a moment later. */
const FIRST_SCREEN_BLOCKS = 4;
const NO_EMBED_DAYS = {};

export function StoryPage() {
  const params = useParams();
  // A live story's older updates (stories/:slug/updates/:page) are the same kind of page.
  const { data: page } = useSuspenseQuery(storyPageQuery(params.slug!, Number(params.page) || undefined));
  const { story } = page;
  useHashTarget();
  const whole = useFirstScreenFirst(story.slug);
  // Loaded before a story that has them renders (lazyTextBlocks.ts); absent, the story has none.
  const trust = textBlocks();
  // Loaded, like the text blocks, before a live story's page renders; a live story while live says so.
  const live = page.live && liveBlog();
  const onAir = live && story.live?.status === 'live';
  const media = mediaBlocks();
  const shared = { url: absoluteUrl(storyPath(story.slug)), title: story.headline };
  return (
    <>
      <div className="reading-progress" aria-hidden="true" />
      <StaleNotice query={storyPageQuery(story.slug)} what="story" />
      <EmbedDaysContext value={story.embedDays ?? NO_EMBED_DAYS}>
        <article className="story">
          <header className="story__header">
            {onAir ? <live.LiveKicker /> : story.kicker && <Kicker text={story.kicker} breaking={story.breaking} />}
            <Headline text={story.headline} />
            {story.standfirst && <Standfirst text={story.standfirst} />}
            {story.rating && trust && <trust.Rating rating={story.rating} />}
            {trust && <trust.StandfirstLinks links={story.standfirstLinks} linked={page.linked} />}
            <Byline
              authors={story.authors}
              published={story.published}
              publishedTime={story.publishedTime}
              updated={story.updated}
              updatedTime={story.updatedTime}
              readingMinutes={story.readingMinutes}
            />
            {trust && <trust.CorrectionNotice count={story.corrections.length} />}
            {trust && <trust.Translations translations={page.translations} />}
            <SaveButton page={page} />
          </header>
          {story.image && <LeadImage image={story.image} />}
          {story.leadVideo && media && <media.Video video={story.leadVideo} lead />}
          <StoryShareContext value={shared}>
            <Body blocks={whole ? story.body : story.body.slice(0, FIRST_SCREEN_BLOCKS)} linked={page.linked} />
          </StoryShareContext>
          {whole && live && <live.LiveBlog page={{ ...page, live: page.live! }} />}
          {whole && (
            <>
              {trust && <trust.Corrections corrections={story.corrections} />}
              <StoryTopics topics={story.topics} />
              <ShareBar url={shared.url} title={shared.title} />
              <Comments comments={story.comments} />
            </>
          )}
        </article>
      </EmbedDaysContext>
      {whole && <StoryNav page={page} />}
    </>
  );
}
