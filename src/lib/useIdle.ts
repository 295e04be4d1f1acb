import { useEffect, useState } from 'react';
import { whenIdle } from './whenIdle';

/** False until the page has hydrated and the browser is idle: for what can wait until then. */
export function useIdle(): boolean {
  const [idle, setIdle] = useState(false);
  useEffect(() => whenIdle(() => setIdle(true)), []);
  return idle;
}
