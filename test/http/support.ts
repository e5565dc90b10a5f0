/** Collects what the HTTP server hands over; `next()` resolves with the next item to arrive. */
export function collector<T>() {
  const got: T[] = [];
  const waiters: Array<(m: T) => void> = [];
  return {
    got,
    push: async (m: T): Promise<void> => { got.push(m); waiters.shift()?.(m); },
    next: (timeoutMs = 5_000): Promise<T> => new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error("nothing arrived")), timeoutMs);
      waiters.push((m) => { clearTimeout(timer); resolve(m); });
    }),
  };
}
