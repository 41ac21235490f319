import { bodyLimit } from 'hono/body-limit';
import { AppError } from '../errors.js';

/** Refuses bodies over the limit before they are read, with the one error shape (413). */
export function limitBody(maxSize: number) {
  return bodyLimit({
    maxSize,
    onError: () => {
      throw new AppError('payload_too_large', `body over ${maxSize} bytes`);
    },
  });
}
