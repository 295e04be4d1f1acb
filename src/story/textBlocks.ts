/**
 * The components of the text and trust blocks, in a chunk of their own: only the pages of stories
 * that use them load it (lazyTextBlocks.ts), so the JavaScript every page loads stays in budget.
 */
export { Aside } from './Aside';
export { CorrectionNotice, Corrections } from './Corrections';
export { Rating } from './Rating';
export { RelatedLink } from './RelatedLink';
export { StandfirstLinks } from './StandfirstLinks';
export { Table } from './Table';
export { Translations } from './Translations';
