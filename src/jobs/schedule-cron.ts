// The Node trigger of the scheduled jobs: every minute (Asia/Shanghai), runScheduled decides what is due.
import cron from 'node-cron';
import type { Deps } from '../deps.js';
import { runScheduled } from '../services/schedule.js';

export function startScheduleCron(deps: Deps) {
  const run = () =>
    runScheduled(deps, deps.clock()).catch((err) => deps.logger.error('scheduler', { error: String(err) }));
  return cron.schedule('* * * * *', run, {
    timezone: 'Asia/Shanghai',
    name: 'qingdan-schedule',
    noOverlap: true,
  });
}
