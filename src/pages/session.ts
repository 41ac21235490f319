// Page sessions over HTTP: the signed cookie, who is asking, the CSRF check, and the page response headers.
import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import type { Config } from '../config.js';
import type { Deps } from '../deps.js';
import { AppError } from '../errors.js';
import {
  ADMIN_SUBJECT,
  adminTag,
  type Claims,
  csrfToken,
  linkSecret,
  type PagePerson,
  personOf,
  sameSecret,
  signClaims,
  verifyClaims,
} from '../services/access.js';
import { hasBoard } from '../services/board.js';
import { CSP } from './assets.js';
import type { Viewer } from './layout.js';

const COOKIE = 'qd_session';

export type Who =
  | { kind: 'person'; person: PagePerson; csrf: string; viewer: Viewer }
  | { kind: 'admin'; csrf: string; viewer: Viewer };

/** Sets the session cookie: HttpOnly, SameSite=Lax, Secure behind https. */
export function setSession(c: Context, config: Config, claims: Claims) {
  const secure = new URL(c.req.url).protocol === 'https:' || !!config.pages.publicUrl?.startsWith('https:');
  setCookie(c, COOKIE, signClaims(linkSecret(config), claims), {
    httpOnly: true,
    sameSite: 'Lax',
    secure,
    path: '/',
    maxAge: Math.max(60, Math.floor((claims.exp - claims.iat) / 1000)),
  });
}

export function clearSession(c: Context) {
  deleteCookie(c, COOKIE, { path: '/' });
}

/** Who the session cookie stands for, checked against the roster (revoked or deactivated → nobody). */
export async function whoIs(c: Context, deps: Deps): Promise<Who | null> {
  const secret = linkSecret(deps.config);
  const token = getCookie(c, COOKIE);
  if (!token) return null;
  const claims = verifyClaims(secret, token, 'S', deps.clock());
  if (!claims) return null;
  const csrf = csrfToken(secret, token);
  if (claims.subject === ADMIN_SUBJECT) {
    if (claims.county !== adminTag(deps.config)) return null;
    return { kind: 'admin', csrf, viewer: { name: '管理员', board: false, admin: true, csrf } };
  }
  const person = await personOf(deps.db, claims);
  if (!person) return null;
  return { kind: 'person', person, csrf, viewer: { name: person.name, board: hasBoard(person), csrf } };
}

export async function requirePerson(c: Context, deps: Deps) {
  const who = await whoIs(c, deps);
  if (who?.kind !== 'person')
    throw new AppError('unauthorized', '请从助手发来的“打开清单”链接进入，或用登录码登录。');
  return who;
}

export async function requireAdmin(c: Context, deps: Deps) {
  const who = await whoIs(c, deps);
  if (who?.kind !== 'admin') throw new AppError('unauthorized', '请先用管理口令登录。');
  return who;
}

/** Every form posts the session's token back; a forged cross-site post has none. */
export function checkCsrf(who: { csrf: string }, form: Record<string, unknown>) {
  const sent = form._csrf;
  if (typeof sent !== 'string' || !sameSecret(sent, who.csrf))
    throw new AppError('forbidden', '页面已过期，请返回刷新后再试。');
}

/** Private pages: never cached, never framed, only our own inline CSS and script. */
export function pageHeaders(c: Context) {
  c.header('Content-Security-Policy', CSP);
  c.header('Cache-Control', 'no-store');
  c.header('X-Content-Type-Options', 'nosniff');
  c.header('Referrer-Policy', 'no-referrer');
}

/** The client a wrong login code is counted against. */
export function clientKey(c: Context): string {
  const fwd = c.req.header('cf-connecting-ip') ?? c.req.header('x-forwarded-for')?.split(',')[0];
  return fwd?.trim() || 'direct';
}
