import type { StoryPage, StorySummary } from '../data/documents';
import { sectionName } from '../site/config';
import { listPath } from '../site/paths';
import { Link } from 'react-router';
import { StoryLink } from '../lists/StoryLink';

function StoryLinks({ title, stories }: { title: string; stories: StorySummary[] }) {
  if (stories.length === 0) return null;
  return (
    <section className="story-nav__group">
      <h2>{title}</h2>
      <ul>
        {stories.map((story) => (
          <li key={story.slug}>
            <StoryLink slug={story.slug}>{story.headline}</StoryLink>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** Where to go after a story: the previous and next ones, related stories, more from the section. */
export function StoryNav({ page }: { page: StoryPage }) {
  const { previous, next, related, moreInSection, story } = page;
  return (
    <nav className="story-nav" aria-label="More stories">
      {(previous || next) && (
        <ul className="story-nav__sequence">
          {previous && (
            <li className="story-nav__previous">
              <span className="story-nav__label">Previous story</span>
              <StoryLink slug={previous.slug}>{previous.headline}</StoryLink>
            </li>
          )}
          {next && (
            <li className="story-nav__next">
              <span className="story-nav__label">Next story</span>
              <StoryLink slug={next.slug}>{next.headline}</StoryLink>
            </li>
          )}
        </ul>
      )}
      <StoryLinks title="Related stories" stories={related} />
      <StoryLinks title={`More from ${sectionName(story.section)}`} stories={moreInSection} />
      <p className="story-nav__section">
        <Link to={listPath(story.section)}>All {sectionName(story.section)} stories</Link>
      </p>
    </nav>
  );
}
