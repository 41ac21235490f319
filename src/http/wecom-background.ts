// Work that runs after the answer: on Workers through waitUntil, in Node on the event loop. Tests
// pass an execution context to app.request() and await what it collected.
import type { Context } from 'hono';
import type { Logger } from '../logger.js';

export function runAfterResponse(c: Context, logger: Logger, what: string, work: () => Promise<unknown>) {
  const p = Promise.resolve()
    .then(work)
    .catch((err: unknown) => {
      logger.error(`${what} failed after the answer`, {
        error: err instanceof Error ? err.message : String(err),
      });
    });
  let ctx: { waitUntil(p: Promise<unknown>): void } | undefined;
  try {
    ctx = c.executionCtx;
  } catch {
    // Node has no execution context: the promise simply runs on.
  }
  ctx?.waitUntil(p);
}
