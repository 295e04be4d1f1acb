/**
 * A document of a format this app does not read means the site was deployed again. A full page
 * load fixes that (the pre-rendered page brings the new app and embeds its own data), unless it
 * was just done for this address and did not: then loading again by itself would only loop.
 */
const JUST_NOW_MS = 60_000;

const key = () => `dispatch:new-version-loaded:${window.location.pathname}${window.location.search}`;

/** Whether this address was loaded afresh for a new version within the last minute. */
export function newVersionLoadedJustNow(): boolean {
  try {
    return Date.now() - Number(sessionStorage.getItem(key())) < JUST_NOW_MS;
  } catch {
    // Without storage there is no telling, so no loading by itself either.
    return true;
  }
}

/** Loads this address again from the server, as a new document. */
export function loadNewVersion(reload = () => window.location.reload()): void {
  try {
    sessionStorage.setItem(key(), String(Date.now()));
  } catch {
    // Storage is off: newVersionLoadedJustNow() then never loads by itself, so nothing loops.
  }
  reload();
}
