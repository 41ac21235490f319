import type { Db } from '../db/client.js';
import type { Config } from './config.js';
import type { Logger } from './logger.js';

/** Everything the app needs from the outside world, passed in so tests can fake it. */
export interface Deps {
  db: Db;
  config: Config;
  clock: () => Date;
  logger: Logger;
}
