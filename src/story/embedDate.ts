import { type Edition, site } from '../site/config';

/** An embedded post's or video's date as its copy shows it: "18 September 2026", in the site's time zone. */
export function embedDate(date: string, edition: Edition): string {
  return new Intl.DateTimeFormat(edition.locale, { dateStyle: 'long', timeZone: site.timeZone }).format(
    Date.parse(date),
  );
}
