/** A version counter that callers can wait on: the basis of both long polls (phones and facilitator). */
export class Signal {
  version = 0;
  private waiters = new Set<() => void>();

  bump(): void {
    this.version++;
    const woken = [...this.waiters];
    this.waiters.clear();
    for (const wake of woken) wake();
  }

  /** Resolves when the version is above `after`, or after `ms`. */
  wait(after: number, ms: number): Promise<void> {
    if (this.version > after || ms <= 0) return Promise.resolve();
    return new Promise((resolve) => {
      const wake = () => {
        clearTimeout(timer);
        this.waiters.delete(wake);
        resolve();
      };
      const timer = setTimeout(wake, ms);
      this.waiters.add(wake);
    });
  }

  /** Wakes every waiter (the session ends). */
  release(): void {
    this.bump();
  }
}
