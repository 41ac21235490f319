// The channel routes in one mount: WeCom callbacks and the WeChat bot's endpoints.
import { Hono } from 'hono';
import type { Deps } from '../deps.js';
import { botRoutes } from './bot.js';
import { wecomRoutes } from './wecom.js';

export function channelRoutes(deps: Deps) {
  return new Hono().route('/wecom', wecomRoutes(deps)).route('/', botRoutes(deps));
}
