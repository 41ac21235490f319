// The app factory: no I/O on import; every runtime entry builds Deps and calls createApp.
import { Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { requestId } from 'hono/request-id';
import type { Deps } from './deps.js';
import { AppError, type ErrorBody } from './errors.js';
import { burdenRoutes } from './http/burden.js';
import { channelRoutes } from './http/channels.js';
import { healthRoutes } from './http/health.js';
import { messageRoutes } from './http/messages.js';
import { outboxRoutes } from './http/outbox.js';
import { pageRoutes } from './http/pages.js';
import { rosterRoutes } from './http/roster.js';

export type AppEnv = { Variables: { requestId: string } };

export function createApp(deps: Deps) {
  const app = new Hono<AppEnv>();
  app.use(requestId());
  app.onError((err, c) => {
    const id = c.get('requestId') ?? '';
    let e: AppError;
    if (err instanceof AppError) e = err;
    else if (err instanceof HTTPException && err.status === 413)
      e = new AppError('payload_too_large', 'body too large');
    else if (err instanceof HTTPException) e = new AppError('bad_request', err.message);
    else {
      deps.logger.error('unhandled error', { requestId: id, error: err.message, stack: err.stack });
      e = new AppError('internal', 'internal error');
    }
    const body: ErrorBody = {
      error: { code: e.code, message: e.message, requestId: id, details: e.details },
    };
    return c.json(body, e.status);
  });
  app.notFound((c) => {
    const body: ErrorBody = {
      error: { code: 'not_found', message: 'no such route', requestId: c.get('requestId') },
    };
    return c.json(body, 404);
  });
  app.route('/', healthRoutes(deps));
  app.route('/api', messageRoutes(deps));
  app.route('/api', rosterRoutes(deps));
  app.route('/api', outboxRoutes(deps));
  app.route('/', pageRoutes(deps));
  app.route('/', channelRoutes(deps));
  app.route('/', burdenRoutes(deps));
  return app;
}

export type App = ReturnType<typeof createApp>;
