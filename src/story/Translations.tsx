import type { Translation } from '../data/documents';
import { useMessages } from '../i18n/useMessages';
import { StoryLink } from '../lists/StoryLink';

/**
 * "Read in 日本語": the story's versions in other languages, each language named in itself (the
 * reader who needs it reads that name) and marked as such, so screen readers speak it right.
 */
export function Translations({ translations }: { translations: Translation[] }) {
  const { t, rich } = useMessages();
  if (translations.length === 0) return null;
  return (
    <nav className="translations" aria-label={t('story.translations')}>
      <ul>
        {translations.map((version) => (
          <li key={version.slug}>
            <StoryLink slug={version.slug} hrefLang={version.language}>
              {rich('story.readIn', { language: <span lang={version.language}>{version.languageName}</span> })}
            </StoryLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
