/**
 * The English interface: every reader-facing string, by key. The other catalogues beside it must
 * have every key this one has (a test fails otherwise, and TypeScript already does for .ts ones).
 *
 * A message is a string with `{name}` placeholders, or, when it counts something, an object of
 * plural forms chosen with Intl.PluralRules for `{count}`: `zero one two few many other` (the
 * categories the language has; `other` always), plus `"=0"`-style exact matches that win over them.
 * Adding a key: add it here, then to ar.ts, es.ts and ja.ts, and read it with `useT()`.
 */
export const en = {
  // Masthead, footer, navigation
  'nav.skip': 'Skip to content',
  'nav.sections': 'Sections',
  'nav.saved': 'Saved',
  'footer.sample': '{site} is sample content for an open-source news reader.',
  'footer.front': 'Front page',
  'nav.editions': 'Editions',

  // Reader settings
  'settings.toggle': 'Display',
  'settings.label': 'Display settings',
  'settings.theme': 'Theme',
  'settings.theme.system': 'System',
  'settings.theme.light': 'Light',
  'settings.theme.dark': 'Dark',
  'settings.textSize': 'Text size',
  'settings.textSize.small': 'Small',
  'settings.textSize.medium': 'Medium',
  'settings.textSize.large': 'Large',
  'settings.textSize.x-large': 'Extra large',

  // Lists
  'front.title': 'Latest news',
  'front.titlePaged': 'Latest news, page {page}',
  'section.titlePaged': '{section}, page {page}',
  'list.empty': 'No stories here yet.',
  'pagination.label': 'Pages',
  'pagination.newer': 'Newer stories',
  'pagination.older': 'Older stories',
  'pagination.position': 'Page {page} of {pageCount}',
  'live.newStories': { one: '{count} new story', other: '{count} new stories' },
  'live.breaking': 'Breaking',
  'live.breakingLabel': 'Breaking news',
  'live.dismissBreaking': 'Dismiss breaking news',

  // Story
  'story.by': 'By {authors}',
  'story.and': ' and ',
  'story.comma': ', ',
  'story.updated': 'Updated {time}',
  'story.separator': ' · ',
  'story.readingTime': { other: '{count} min read' },
  'story.publishedAgo': 'published {relative}',
  'story.readIn': 'Read in {language}',
  'story.translations': 'This story in other languages',
  'story.moreStories': 'More stories',
  'story.previous': 'Previous story',
  'story.next': 'Next story',
  'story.related': 'Related stories',
  // Text and trust blocks (related links, corrections, ratings)
  'story.reportingFrom': 'reporting from {place}',
  'blocks.related': 'Related',
  'blocks.elsewhere': 'Elsewhere',
  'blocks.moreOnThisStory': 'More on this story',
  'blocks.corrections': { one: 'Correction', other: 'Corrections' },
  'blocks.corrected': 'This story has been corrected.',
  'blocks.seeCorrections': { one: 'See the correction', other: 'See the corrections' },
  'blocks.rated': 'Rated {value} out of {best}',
  // Media blocks (video, audio, embeds, galleries)
  'media.transcript': 'Read the transcript',
  'embed.load': 'Load content from {provider}',
  'embed.loadInteractive': 'Load the interactive graphic',
  'embed.viewOn': 'View on {provider}',
  'embed.openInteractive': 'Open the interactive graphic',
  'embed.notice': 'Loading it lets {provider} see your visit and set cookies.',
  'embed.frameTitle': '{provider}: {title}',
  'gallery.label': 'Gallery',
  'gallery.previous': 'Previous image',
  'gallery.next': 'Next image',
  'gallery.position': 'Image {index} of {count}',
  'story.moreFrom': 'More from {section}',
  'story.allIn': 'All {section} stories',
  'comments.label': 'Comments',
  'comments.count': { '=0': 'No comments', one: '{count} comment', other: '{count} comments' },

  // Relative times, after the page has loaded
  'time.justNow': 'just now',
  'time.yesterday': 'yesterday',
  'time.minutesAgo': { one: '{count} minute ago', other: '{count} minutes ago' },
  'time.hoursAgo': { one: '{count} hour ago', other: '{count} hours ago' },
  'time.daysAgo': { one: '{count} day ago', other: '{count} days ago' },

  // Sharing
  'share.heading': 'Tell your friends',
  'share.story': '“{headline}”',
  'share.quoteSubject': 'the quote “{opening}”',
  'share.quote': 'Share this quote',
  'share.quoteHidden': ': “{opening}”',
  'share.share': 'Share',
  'share.shareSubject': 'Share {subject}',
  'share.copyLink': 'Copy link',
  'share.copyLinkTo': 'Copy link to {subject}',
  'share.byEmail': 'Share {subject} by email',
  'share.on': 'Share {subject} on {service} (opens in a new tab)',
  'share.copied': 'Link copied',
  'share.copyFailed': 'Could not copy the link. Select it here and copy it:',
  'share.linkField': 'Link to share',

  // Saving and offline
  'saved.save': 'Save for later',
  'saved.remove': 'Remove from saved',
  'saved.savedStatus': 'Saved on this device; it opens offline too.',
  'saved.title': 'Saved stories',
  'saved.intro': 'Stories you save are kept on this device, so they open without a connection.',
  'saved.noScript': 'Saved stories need JavaScript, which is switched off.',
  'saved.empty': 'Nothing saved yet. Choose “Save for later” on a story to keep it here.',
  'saved.removeOne': 'Remove',
  'offline.notice': 'You are offline — showing saved stories',

  // Errors and messages
  'error.notFoundTitle': 'Page not found',
  'error.notFound': 'There is no story at this address. It may have moved, or the link may have a typo.',
  'error.goFront': 'Go to the front page',
  'error.loadFailedTitle': 'Could not load this page',
  'error.unknown': 'Something went wrong while showing this page.',
  'error.network': 'We could not reach the server. Check your connection and try again.',
  'error.timeout': 'The server is taking too long to answer. Try again in a moment.',
  'error.server': 'The server had a problem. {detail}',
  'error.damaged': 'This page arrived damaged, so we are not showing it. {detail}',
  'error.nothingHere': 'There is nothing at this address.',
  'error.outdated': 'The site has been updated since this page was opened. Load the new version to read this page.',
  'error.loadNewVersion': 'Load the new version',
  'error.loadingNewVersion': 'Loading the new version of the site…',
  'error.retry': 'Retry',
  'error.retrying': 'Retrying…',
  'error.rootTitle': 'Something went wrong',
  'error.root': 'This page could not be shown.',
  'error.reload': 'Reload the page',
  'error.stalePage': 'Couldn’t refresh this page — showing the version from {time}.',
  'error.staleStory': 'Couldn’t refresh this story — showing the version from {time}.',
  loading: 'Loading…',

  // Head: titles and descriptions crawlers and tabs read
  'head.latest': '{site}: latest news',
  'head.latestStories': '{site}: latest stories',
  'head.paged': '{title} (page {page} of {pageCount})',
  'head.sectionStories': '{section} stories',
  'head.imageAlt': '{site}: independent news',

  // Topics, authors and the archive
  'story.topics': 'Topics',
  'collection.topics': 'Topic',
  'collection.authors': 'Author',
  'collection.archive': 'Archive',
  'archive.title': 'Archive',
  'archive.months': 'Months',
  'archive.topics': 'Topics',
  'archive.count': { one: '{count} story', other: '{count} stories' },
  'head.topicStories': 'Stories about {topic}',
  'head.authorStories': 'Stories by {author}, {role}',
  'head.archiveStories': 'Stories from {month}',
  'head.archive': 'Every month of stories from {site}',

  // Search
  'nav.search': 'Search',
  'search.title': 'Search',
  'search.label': 'Search stories',
  'search.needsScript':
    'Search runs in your browser and needs JavaScript, which is off. You can still find stories by section, by topic (the links under each story) and in the archive:',
  'search.browseArchive': 'The archive: every month and every topic',
  'search.results': { '=0': 'No stories match', one: '{count} result', other: '{count} results' },
  'search.failed': 'Search could not load. Check your connection and try again.',
  'search.section': 'Section',
  'search.edition': 'Edition',
  'search.year': 'Year',
  'search.any': 'Any',
} as const;

export type MessageKey = keyof typeof en;
