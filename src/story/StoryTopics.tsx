import { Link } from 'react-router';
import { useEdition, useMessages } from '../i18n/useMessages';
import { topicPath } from '../site/paths';

/** The story's tags, each a link to its topic page in the story's edition. */
export function StoryTopics({ tags }: { tags: string[] }) {
  const { t } = useMessages();
  const edition = useEdition();
  if (tags.length === 0) return null;
  return (
    <nav className="story-topics" aria-label={t('story.topics')}>
      <ul>
        {tags.map((tag) => (
          <li key={tag}>
            <Link to={topicPath(tag, edition.key)}>{tag}</Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
