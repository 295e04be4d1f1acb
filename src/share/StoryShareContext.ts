import { createContext } from 'react';

/** The story a page shows, for the parts of its body that share a piece of it (pull quotes). */
export const StoryShareContext = createContext<{ url: string; title: string } | null>(null);
