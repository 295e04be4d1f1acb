import { site } from '../site/config';

/** What is being shared: a story, or a quote from one. */
export interface Shared {
  /** The canonical URL (for a quote, the URL that leads to it). */
  url: string;
  /** The story's headline. */
  title: string;
  /** The words to share, if not the headline: a quote, say. */
  text?: string;
}

export type ShareTargetId = 'x' | 'facebook' | 'whatsapp' | 'telegram' | 'linkedin' | 'reddit' | 'bluesky' | 'email';

export interface ShareTarget {
  id: ShareTargetId;
  name: string;
  href: string;
}

/** Query strings encoded with encodeURIComponent: `%20` for spaces, which mailto: needs (RFC 6068). */
const query = (params: Record<string, string>): string =>
  Object.entries(params)
    .map(([name, value]) => `${name}=${encodeURIComponent(value)}`)
    .join('&');

/** Tags a link with where it was shared, when the site asks for it (`shareUtm` in src/site/config.ts). */
export function withUtm(url: string, source: ShareTargetId): string {
  const tagged = new URL(url);
  tagged.searchParams.set('utm_source', source);
  tagged.searchParams.set('utm_medium', source === 'email' ? 'email' : 'social');
  tagged.searchParams.set('utm_campaign', 'share');
  return tagged.href;
}

/**
 * Links that hand a story (or a quote) to other services. Each carries the URL exactly once and
 * encoded once, whatever the headline holds (`&`, `#`, quotes, emoji, right-to-left text).
 */
export function shareLinks(shared: Shared, utm: boolean = site.shareUtm): ShareTarget[] {
  const text = shared.text ?? shared.title;
  const link = (id: ShareTargetId) => (utm ? withUtm(shared.url, id) : shared.url);
  return [
    { id: 'x', name: 'X', href: `https://x.com/intent/post?${query({ text, url: link('x') })}` },
    {
      id: 'facebook',
      name: 'Facebook',
      href: `https://www.facebook.com/sharer/sharer.php?${query({ u: link('facebook') })}`,
    },
    { id: 'whatsapp', name: 'WhatsApp', href: `https://wa.me/?${query({ text: `${text}\n${link('whatsapp')}` })}` },
    { id: 'telegram', name: 'Telegram', href: `https://t.me/share/url?${query({ url: link('telegram'), text })}` },
    {
      id: 'linkedin',
      name: 'LinkedIn',
      href: `https://www.linkedin.com/sharing/share-offsite/?${query({ url: link('linkedin') })}`,
    },
    {
      id: 'reddit',
      name: 'Reddit',
      href: `https://www.reddit.com/submit?${query({ url: link('reddit'), title: shared.title })}`,
    },
    {
      id: 'bluesky',
      name: 'Bluesky',
      href: `https://bsky.app/intent/compose?${query({ text: `${text}\n${link('bluesky')}` })}`,
    },
    {
      id: 'email',
      name: 'Email',
      href: `mailto:?${query({ subject: shared.title, body: `${text === shared.title ? text : `${text}\n\n${shared.title}`}\n\n${link('email')}` })}`,
    },
  ];
}

/** Quotes are shared in full up to this length; the link leads to the rest. */
const QUOTE_LENGTH = 200;

/** How a quote reads in a post or message: in quotation marks, with who said it. */
export function quoteText(quote: string, attribution?: string): string {
  const words = quote.length <= QUOTE_LENGTH ? quote : `${quote.slice(0, QUOTE_LENGTH).replace(/\s+\S*$/, '')}…`;
  return attribution ? `“${words}” — ${attribution}` : `“${words}”`;
}

/**
 * A text directive's terms are percent-encoded, and so are `-`, `,` and `&`, which the directive
 * uses as syntax (https://wicg.github.io/scroll-to-text-fragment/#syntax).
 */
const directiveTerm = (text: string): string => encodeURIComponent(text).replace(/-/g, '%2D');

const words = (text: string): string[] => text.trim().split(/\s+/);

/**
 * The URL of a pull quote: its id, so any browser scrolls to it, plus a text directive, so browsers
 * that support text fragments also highlight its words (`#quote-1:~:text=…`; Chromium, Firefox
 * and Safari then report the hash as just `#quote-1`). A long quote is matched by its first and
 * last words. Pull quotes repeat words from the story, so the directive asks for the ones
 * followed by the attribution, which a paragraph quoting the same words never is.
 */
export function quoteUrl(storyUrl: string, id: string, quote: string, attribution?: string): string {
  const all = words(quote);
  const terms = all.length <= 10 ? [all.join(' ')] : [all.slice(0, 5).join(' '), all.slice(-5).join(' ')];
  const suffix = attribution ? [`-${directiveTerm(words(attribution).slice(0, 4).join(' '))}`] : [];
  return `${storyUrl}#${id}:~:text=${[...terms.map(directiveTerm), ...suffix].join(',')}`;
}
