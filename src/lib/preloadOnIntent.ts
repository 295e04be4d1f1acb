/**
 * The events that say a reader is about to press a control: pointing at it, focusing it, touching
 * it. Spread on the control, they start loading what its press needs, so the press finds it there.
 */
export const preloadOnIntent = (preload: () => void) => ({
  onPointerEnter: preload,
  onFocus: preload,
  onTouchStart: preload,
});
