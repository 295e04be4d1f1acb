import { Link } from 'react-router';
import { messageHead } from '../site/head';
import { useHead } from '../site/useHead';

export function NotFoundPage() {
  useHead(messageHead('Page not found'));
  return (
    <div className="message-page">
      <h1 tabIndex={-1}>Page not found</h1>
      <p>There is no story at this address. It may have moved, or the link may have a typo.</p>
      <p>
        <Link to="/">Go to the front page</Link>
      </p>
    </div>
  );
}
