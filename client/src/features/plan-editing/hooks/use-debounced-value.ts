import { useEffect, useState } from 'react';

/** `value` once it has stopped changing for `delay` ms: what the timescale preview asks the API about as the user types. */
export function useDebouncedValue<T>(value: T, delay = 400): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), delay);
    return () => clearTimeout(timer);
  }, [value, delay]);
  return settled;
}
