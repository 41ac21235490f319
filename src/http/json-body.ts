import type { Context } from 'hono';
import type { z } from 'zod';
import { AppError } from '../errors.js';

/** Reads and validates a JSON body; zod failures and bad JSON use the one error shape. */
export async function jsonBody<T extends z.ZodType>(c: Context, schema: T): Promise<z.infer<T>> {
  let raw: unknown;
  try {
    raw = JSON.parse(await c.req.text());
  } catch {
    throw new AppError('invalid_json', 'body is not valid JSON');
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    throw new AppError(
      'validation_failed',
      'body does not match the expected shape',
      parsed.error.issues.slice(0, 20).map((i) => ({ path: i.path.join('.'), message: i.message })),
    );
  }
  return parsed.data;
}
