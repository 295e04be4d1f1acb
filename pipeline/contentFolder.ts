import path from 'node:path';

/**
 * The content folder: stories in `stories/`, the images they use in `images/`. Apart from the
 * checks, so the pre-render workers can find images without loading the story schema.
 */
export const contentDir = path.resolve(process.env.DISPATCH_CONTENT ?? 'content');
export const storiesDir = (dir = contentDir) => path.join(dir, 'stories');
export const imagesDir = (dir = contentDir) => path.join(dir, 'images');
