import { readFileSync } from 'node:fs';
import path from 'node:path';
import { appLoader, type PageAssets } from '../src/site/documentHtml.ts';
import { site } from '../src/site/config.ts';
import { APP_ENTRY } from './appEntry.ts';
import type { Bundles } from './bundles.ts';
import { cspHash, type InlineHashes } from './headers.ts';

/** The live story components' chunk: its styles are inlined by live stories' pages only. */
const LIVE_BLOG_MODULE = 'src/liveblog/LiveBlog.tsx';
/** The media blocks' chunk: its styles are inlined by the pages that show them (src/entry-server.tsx). */
const MEDIA_CHUNK = 'src/story/mediaBlocks.tsx';

/** The upright text and UI faces of src/styles/fonts.css: what nearly every line of a page uses. */
const PRELOADED_FONTS = ['newsreader-latin-wght-normal.woff2', 'public-sans-latin-wght-normal.woff2'];

/**
 * What every page loads, read from the client build's manifest: the entry's URL, the parts of its
 * stylesheets the first paint needs as text (each page inlines those it can use) and the whole
 * files' URLs, the fonts to preload; and the CSP hashes that allow exactly those inline styles
 * and the app loader.
 */
export function pageAssets({
  manifest,
  inlineStyles,
  clientDir,
}: Pick<Bundles, 'manifest' | 'inlineStyles' | 'clientDir'>): {
  assets: PageAssets;
  hashes: InlineHashes;
} {
  const entry = manifest[APP_ENTRY];
  if (!entry) throw new Error(`the client build's manifest has no ${APP_ENTRY}`);
  const files = entry.css ?? [];
  const inlinable = (css: string, file: string) => {
    if (css.includes('</style')) throw new Error(`${file} cannot be inlined: it contains "</style"`);
    return css;
  };
  const styles = inlineStyles.map(({ css, condition, module }) => ({ css: inlinable(css, module), condition }));
  // A chunk's whole stylesheet, as text: the pages that use the chunk inline it.
  const chunkStyles = (module: string) =>
    (manifest[module]?.css ?? []).map((file) => inlinable(readFileSync(path.join(clientDir, file), 'utf8'), file));
  const mediaStyles = chunkStyles(MEDIA_CHUNK);
  const liveStyles = chunkStyles(LIVE_BLOG_MODULE);
  const fonts = Object.values(manifest)
    .filter(({ src }) => PRELOADED_FONTS.some((name) => src?.endsWith(`/${name}`)))
    .map(({ file }) => `${site.basePath}${file}`);
  const shareIcons = readFileSync(path.join(clientDir, 'share-icons.svg'), 'utf8').replace(/>\s+</g, '><').trim();
  const assets: PageAssets = {
    entry: `${site.basePath}${entry.file}`,
    styles,
    stylesheets: files.map((file) => `${site.basePath}${file}`),
    fonts,
    mediaStyles,
    liveStyles,
    shareIcons,
  };
  return {
    assets,
    hashes: {
      styles: [...styles.map(({ css }) => css), ...mediaStyles, ...liveStyles].map(cspHash),
      scripts: [cspHash(appLoader(assets.entry, assets.stylesheets))],
    },
  };
}
