import type { StoryHeadline, StoryPage } from '../data/documents';
import { sectionName } from '../site/config';
import { editionByKey } from '../site/editions';
import { listPath } from '../site/paths';
import { Link } from 'react-router';
import { StoryLink } from '../lists/StoryLink';
import { useMessages } from '../i18n/useMessages';

function StoryLinks({ title, stories }: { title: string; stories: StoryHeadline[] }) {
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
  const { t } = useMessages();
  const edition = editionByKey(story.edition);
  const section = sectionName(story.section, edition);
  return (
    <nav className="story-nav" aria-label={t('story.moreStories')}>
      {(previous || next) && (
        <ul className="story-nav__sequence">
          {previous && (
            <li className="story-nav__previous">
              <span className="story-nav__label">{t('story.previous')}</span>
              <StoryLink slug={previous.slug}>{previous.headline}</StoryLink>
            </li>
          )}
          {next && (
            <li className="story-nav__next">
              <span className="story-nav__label">{t('story.next')}</span>
              <StoryLink slug={next.slug}>{next.headline}</StoryLink>
            </li>
          )}
        </ul>
      )}
      <StoryLinks title={t('story.related')} stories={related} />
      <StoryLinks title={t('story.moreFrom', { section })} stories={moreInSection} />
      <p className="story-nav__section">
        <Link to={listPath(story.section, 1, edition.key)}>{t('story.allIn', { section })}</Link>
      </p>
    </nav>
  );
}
