import { startTransition, useEffect, useState } from 'react';

/**
 * The time now, rounded to the minute, or null until the page has hydrated: the pre-rendered HTML
 * and the first client render must agree, so anything relative to now appears only after that.
 */
export function useMinuteClock(): number | null {
  const [now, setNow] = useState<number | null>(null);
  useEffect(() => {
    // A transition: a new time is never urgent, and the first one lands just after hydration.
    const tick = () => startTransition(() => setNow(Math.floor(Date.now() / 60_000) * 60_000));
    tick();
    const timer = setInterval(tick, 60_000);
    return () => clearInterval(timer);
  }, []);
  return now;
}
