import { timingSafeEqual } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { AppError } from '../errors.js';

function same(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/** Bearer-token guard compared in constant time; an unset token disables the endpoint (503), never opens it. */
export function requireToken(token: string | undefined, name: string): MiddlewareHandler {
  return async (c, next) => {
    if (!token) throw new AppError('not_configured', `${name} is not set on the server`);
    const header = c.req.header('authorization') ?? '';
    const m = /^Bearer\s+(.+)$/i.exec(header);
    if (!m?.[1] || !same(m[1].trim(), token))
      throw new AppError('unauthorized', 'missing or wrong bearer token');
    await next();
  };
}
