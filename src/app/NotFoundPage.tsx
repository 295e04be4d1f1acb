import { messageTitles } from '../site/head';
import { Link } from 'react-router';

export function NotFoundPage() {
  return (
    <div className="message-page">
      <h1 tabIndex={-1}>{messageTitles.notFound}</h1>
      <p>There is no story at this address. It may have moved, or the link may have a typo.</p>
      <p>
        <Link to="/">Go to the front page</Link>
      </p>
    </div>
  );
}
