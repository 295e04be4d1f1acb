/**
 * The services an embed block may show, and how their players are addressed. A player's address
 * is always built from the id parsed out of the story's URL, never from the URL itself, so a story
 * can only ever frame one of these hosts (and the CSP, pipeline/headers.ts, allows no other).
 * Plain functions without zod: the schema and the embed component both use them.
 */

export const EMBED_PROVIDERS = [
  'youtube',
  'vimeo',
  'x',
  'bluesky',
  'mastodon',
  'instagram',
  'tiktok',
  'interactive',
] as const;

export type EmbedProvider = (typeof EMBED_PROVIDERS)[number];

/** The names readers see ("Load content from YouTube"): brand names, the same in every language. */
export const PROVIDER_NAMES: Record<EmbedProvider, string> = {
  youtube: 'YouTube',
  vimeo: 'Vimeo',
  x: 'X',
  bluesky: 'Bluesky',
  mastodon: 'Mastodon',
  instagram: 'Instagram',
  tiktok: 'TikTok',
  interactive: '',
};

/** The hosts of the fixed providers' players: the CSP's frame-src. */
export const PLAYER_ORIGINS = [
  'https://www.youtube-nocookie.com',
  'https://player.vimeo.com',
  'https://platform.twitter.com',
  'https://embed.bsky.app',
  'https://www.instagram.com',
  'https://www.tiktok.com',
];

/** What a story's URL looks like for each provider, as a reader copies it from the address bar. */
export const PROVIDER_URL_EXAMPLES: Record<EmbedProvider, string> = {
  youtube: 'https://www.youtube.com/watch?v=<id> or https://youtu.be/<id>',
  vimeo: 'https://vimeo.com/<number>',
  x: 'https://x.com/<account>/status/<number>',
  bluesky: 'https://bsky.app/profile/<handle>/post/<id>',
  mastodon: 'https://<server>/@<account>/<number>',
  instagram: 'https://www.instagram.com/p/<id>/',
  tiktok: 'https://www.tiktok.com/@<account>/video/<number>',
  interactive: 'an https: address on an origin listed in site.json embeds.interactive',
};

const parse = (url: string): URL | null => {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' && !parsed.username && !parsed.password ? parsed : null;
  } catch {
    return null;
  }
};

const YOUTUBE_ID = /^[\w-]{11}$/;
const NUMBER = /^\d{1,25}$/;
const WORD = /^[\w.-]{1,100}$/;

function youtube(url: URL): string | null {
  const host = url.hostname.replace(/^(www|m)\./, '');
  const [first, second] = url.pathname.split('/').slice(1);
  let id: string | null | undefined = null;
  if (host === 'youtu.be') id = first;
  else if (host === 'youtube.com' || host === 'youtube-nocookie.com') {
    id = first === 'watch' ? url.searchParams.get('v') : ['embed', 'shorts', 'live'].includes(first!) ? second : null;
  }
  return id && YOUTUBE_ID.test(id) ? `https://www.youtube-nocookie.com/embed/${id}` : null;
}

function vimeo(url: URL): string | null {
  const parts = url.pathname.split('/').filter(Boolean);
  const id = url.hostname === 'player.vimeo.com' ? parts[1] : parts.at(-1);
  const known = ['vimeo.com', 'www.vimeo.com', 'player.vimeo.com'].includes(url.hostname);
  return known && id && NUMBER.test(id) ? `https://player.vimeo.com/video/${id}?dnt=1` : null;
}

function x(url: URL): string | null {
  const [account, status, id] = url.pathname.split('/').slice(1);
  const known = ['x.com', 'www.x.com', 'twitter.com', 'www.twitter.com', 'mobile.twitter.com'].includes(url.hostname);
  if (!known || !account || !WORD.test(account) || status !== 'status' || !id || !NUMBER.test(id)) return null;
  return `https://platform.twitter.com/embed/Tweet.html?dnt=true&id=${id}`;
}

function bluesky(url: URL): string | null {
  const [profile, actor, post, id] = url.pathname.split('/').slice(1);
  const validActor = actor && /^(did:[a-z]+:[\w.:-]{1,100}|[\w.-]{1,253})$/.test(actor);
  if (url.hostname !== 'bsky.app' || profile !== 'profile' || !validActor || post !== 'post') return null;
  return id && /^[a-z0-9]{1,20}$/.test(id) ? `https://embed.bsky.app/embed/${actor}/app.bsky.feed.post/${id}` : null;
}

function mastodon(url: URL): string | null {
  const [account, id] = url.pathname.split('/').slice(1);
  if (!account?.startsWith('@') || !WORD.test(account.slice(1)) || !id || !NUMBER.test(id)) return null;
  return `${url.origin}/${account}/${id}/embed`;
}

function instagram(url: URL): string | null {
  const [kind, id] = url.pathname.split('/').slice(1);
  const known = url.hostname === 'www.instagram.com' || url.hostname === 'instagram.com';
  if (!known || !['p', 'reel', 'tv'].includes(kind!) || !id || !/^[\w-]{1,40}$/.test(id)) return null;
  return `https://www.instagram.com/${kind}/${id}/embed`;
}

function tiktok(url: URL): string | null {
  const [account, video, id] = url.pathname.split('/').slice(1);
  const known = url.hostname === 'www.tiktok.com' || url.hostname === 'tiktok.com';
  if (!known || !account?.startsWith('@') || video !== 'video' || !id || !NUMBER.test(id)) return null;
  return `https://www.tiktok.com/player/v1/${id}`;
}

/** The publisher's own graphic, addressed as it is: its origin is checked against the site's allow-list. */
function interactive(url: URL): string {
  return `${url.origin}${url.pathname}${url.search}`;
}

const PLAYERS: Record<EmbedProvider, (url: URL) => string | null> = {
  youtube,
  vimeo,
  x,
  bluesky,
  mastodon,
  instagram,
  tiktok,
  interactive,
};

/**
 * The address of the player or widget to frame for a story's embed URL, or null when the URL is
 * not one of that provider's (the build rejects such a story, so a page never gets null).
 */
export function embedFrameUrl(provider: EmbedProvider, url: string): string | null {
  const parsed = parse(url);
  return parsed && PLAYERS[provider] ? PLAYERS[provider](parsed) : null;
}

/** Which origin an embed's frame comes from: what the site's CSP must allow for it. */
export function embedFrameOrigin(provider: EmbedProvider, url: string): string | null {
  const frame = embedFrameUrl(provider, url);
  return frame ? new URL(frame).origin : null;
}
