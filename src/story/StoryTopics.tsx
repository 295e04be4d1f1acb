import { Link } from 'react-router';
import { useEdition, useMessages } from '../i18n/useMessages';
import type { PublishedStory } from '../data/documents';
import { collectionPath } from '../site/paths';

/** The story's tags, each a link to its topic page in the story's edition. */
export function StoryTopics({ topics }: { topics: PublishedStory['topics'] }) {
  const { t } = useMessages();
  const edition = useEdition();
  if (!topics[0]) return null;
  return (
    <nav className="story-topics" aria-label={t('story.topics')}>
      <ul>
        {topics.map(({ name, key }) => (
          <li key={key}>
            <Link to={collectionPath('topics', key, edition.key)}>{name}</Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
