import { useSuspenseQuery } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { storyPageQuery } from '../content/queries';
import { ShareBar } from '../share/ShareBar';
import { storyHead } from '../site/head';
import { absoluteUrl, storyPath } from '../site/paths';
import { useHead } from '../site/useHead';
import { Body } from './Body';
import { Byline } from './Byline';
import { Comments } from './Comments';
import { Headline } from './Headline';
import { Kicker } from './Kicker';
import { LeadImage } from './LeadImage';
import { Standfirst } from './Standfirst';
import { StoryNav } from './StoryNav';

export function StoryPage() {
  const { data: page } = useSuspenseQuery(storyPageQuery(useParams().slug!));
  const { story } = page;
  useHead(storyHead(story));
  return (
    <>
      <article className="story">
        <header className="story__header">
          {story.kicker && <Kicker text={story.kicker} breaking={story.breaking} />}
          <Headline text={story.headline} />
          {story.standfirst && <Standfirst text={story.standfirst} />}
          <Byline authors={story.authors} published={story.published} updated={story.updated} />
        </header>
        {story.image && <LeadImage image={story.image} />}
        <Body blocks={story.body} />
        <ShareBar url={absoluteUrl(storyPath(story.slug))} title={story.headline} />
        <Comments comments={story.comments} />
      </article>
      <StoryNav page={page} />
    </>
  );
}
