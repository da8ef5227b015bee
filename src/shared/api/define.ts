/**
 * Helpers to declare API methods: a runtime check for the argument object and a compile-time
 * result type. Results are produced by our own core, so only arguments are checked at runtime.
 */
import type { Check } from '../model/check.ts';

export interface MethodSpec<A, R> {
  args: Check<A>;
  /** Phantom field carrying the result type; never set at runtime. */
  readonly result?: R;
}

/** `method<Result>()(argsCheck)` — the two-step call lets TypeScript infer A while R is given. */
export function method<R>() {
  return <A>(args: Check<A>): MethodSpec<A, R> => ({ args });
}
