import { useState } from 'preact/hooks';

/**
 * A list cut to `limit` items (the length chosen in the options), with a button to show all
 * of them and fewer again. Example: 40 quotes at medium show 3 and "Show all 40".
 */
export function useShowAll(total: number, limit: number) {
  const [all, setAll] = useState(false);
  return {
    count: all ? total : Math.min(limit, total),
    more: total > limit,
    all,
    toggle: () => setAll(!all),
  };
}
