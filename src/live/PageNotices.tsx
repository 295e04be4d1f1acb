import { OfflineNotice } from '../offline/OfflineNotice';
import { BreakingBanner } from './BreakingBanner';
import './live.css';

/** What the site tells the reader on every page, stacked at the bottom of the screen. */
export function PageNotices() {
  return (
    <div className="page-notices">
      <OfflineNotice />
      <BreakingBanner />
    </div>
  );
}
