import { useCallback, useEffect, useRef, useState } from 'preact/hooks';

/**
 * The text of the card's aria-live region. Saying the same words twice (two copies in a row)
 * must be announced twice, so the region is emptied first and refilled a moment later.
 */
export function useAnnouncer(): [string, (message: string) => void] {
  const [message, setMessage] = useState('');
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const say = useCallback((m: string) => {
    clearTimeout(timer.current);
    setMessage('');
    timer.current = setTimeout(() => setMessage(m), 30);
  }, []);
  useEffect(() => () => clearTimeout(timer.current), []);
  return [message, say];
}
