/** The host a reader is sent to, shown beside an external link so it says where it goes. */
export function linkHost(url: string): string {
  return new URL(url).hostname.replace(/^www\./, '');
}
