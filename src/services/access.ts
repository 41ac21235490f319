// Access without passwords: signed links ("打开清单"), 6-digit codes typed to the bot, and page sessions.
// Every token is an HMAC-SHA256 over its payload with config.pages.linkSecret, compared in constant time.
import { createHmac, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';
import { and, count, eq, gt, gte, isNull, like, lt } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { loginCodes, nonces, people } from '../../db/schema.js';
import type { Config } from '../config.js';
import { AppError } from '../errors.js';

type AccessDeps = { db: Db; config: Config };

const CODE_TTL_MS = 10 * 60_000;
const CODES_PER_HOUR = 5;
const FAIL_WINDOW_MS = 10 * 60_000;
/** Wrong codes allowed per client, and for everyone together, in FAIL_WINDOW_MS: brute force stays hopeless. */
export const CODE_FAILS_PER_CLIENT = 5;
export const CODE_FAILS_TOTAL = 30;
export const ADMIN_SUBJECT = '*admin';

export interface Claims {
  /** L = link, S = session */
  use: 'L' | 'S';
  county: string;
  subject: string;
  iat: number;
  exp: number;
}

export function linkSecret(config: Config): string {
  const secret = config.pages.linkSecret;
  if (!secret) throw new AppError('not_configured', '页面未启用：服务器没有设置 LINK_SECRET');
  return secret;
}

const b64 = (s: string | Buffer) => Buffer.from(s).toString('base64url');
const mac = (secret: string, purpose: string, data: string) =>
  createHmac('sha256', secret).update(`qingdan/${purpose}/${data}`).digest();

export function sameSecret(a: string, b: string): boolean {
  const x = createHmac('sha256', 'cmp').update(a).digest();
  const y = createHmac('sha256', 'cmp').update(b).digest();
  return timingSafeEqual(x, y) && a.length === b.length;
}

export function signClaims(secret: string, claims: Claims): string {
  const body = b64(JSON.stringify([claims.use, claims.county, claims.subject, claims.iat, claims.exp]));
  return `${body}.${b64(mac(secret, 'token', body))}`;
}

/** The claims of a well-signed, unexpired token of the given use; null for anything else. */
export function verifyClaims(secret: string, token: string, use: Claims['use'], now: Date): Claims | null {
  const [body, sig, extra] = token.split('.');
  if (!body || !sig || extra !== undefined) return null;
  const expected = mac(secret, 'token', body);
  const given = Buffer.from(sig, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  let parts: unknown;
  try {
    parts = JSON.parse(Buffer.from(body, 'base64url').toString('utf8'));
  } catch {
    return null;
  }
  if (!Array.isArray(parts) || parts.length !== 5) return null;
  const [u, county, subject, iat, exp] = parts;
  if (u !== use || typeof county !== 'string' || typeof subject !== 'string') return null;
  if (typeof iat !== 'number' || typeof exp !== 'number' || exp <= now.getTime()) return null;
  return { use, county, subject, iat, exp };
}

/** The per-session token every form posts back (CSRF); derived, so nothing is stored. */
export function csrfToken(secret: string, session: string): string {
  return b64(mac(secret, 'csrf', session)).slice(0, 32);
}

async function activePerson(db: Db, county: string, personId: string) {
  const [p] = await db
    .select()
    .from(people)
    .where(and(eq(people.countyId, county), eq(people.id, personId), eq(people.active, true)));
  return p ?? null;
}

/** The signed link the bot hands out as "打开清单". */
export async function issueLink(deps: AccessDeps, county: string, personId: string, now: Date) {
  const secret = linkSecret(deps.config);
  if (!(await activePerson(deps.db, county, personId)))
    throw new AppError('not_found', `名册里没有 ${personId}`);
  const exp = now.getTime() + deps.config.pages.linkTtlHours * 3600_000;
  const token = signClaims(secret, { use: 'L', county, subject: personId, iat: now.getTime(), exp });
  const path = `/p/${token}`;
  const base = deps.config.pages.publicUrl?.replace(/\/+$/, '') ?? '';
  return { url: `${base}${path}`, path, token, expiresAt: new Date(exp) };
}

/** Every link and session issued before now stops working. */
export async function revokeLinks(db: Db, county: string, personId: string, now: Date): Promise<void> {
  await db
    .update(people)
    .set({ linksValidAfter: now })
    .where(and(eq(people.countyId, county), eq(people.id, personId)));
}

const codeHash = (secret: string, code: string) => mac(secret, 'code', code).toString('hex');

/** A single-use 6-digit code valid for 10 minutes; codes are stored only as HMACs. */
export async function issueCode(deps: AccessDeps, county: string, personId: string, now: Date) {
  const secret = linkSecret(deps.config);
  const { db } = deps;
  if (!(await activePerson(db, county, personId))) throw new AppError('not_found', `名册里没有 ${personId}`);
  await db.delete(loginCodes).where(lt(loginCodes.expiresAt, new Date(now.getTime() - 86_400_000)));
  const [recent] = await db
    .select({ n: count() })
    .from(loginCodes)
    .where(
      and(
        eq(loginCodes.countyId, county),
        eq(loginCodes.personId, personId),
        gt(loginCodes.expiresAt, new Date(now.getTime() + CODE_TTL_MS - 3600_000)),
      ),
    );
  if ((recent?.n ?? 0) >= CODES_PER_HOUR) throw new AppError('conflict', '登录码要得太频繁，请稍后再试');
  const expiresAt = new Date(now.getTime() + CODE_TTL_MS);
  for (let i = 0; i < 8; i++) {
    const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
    const hash = codeHash(secret, code);
    // A code is looked up without a county, so it must not collide with a live one anywhere.
    const [live] = await db
      .select({ n: count() })
      .from(loginCodes)
      .where(and(eq(loginCodes.code, hash), isNull(loginCodes.usedAt), gt(loginCodes.expiresAt, now)));
    if ((live?.n ?? 0) > 0) continue;
    const rows = await db
      .insert(loginCodes)
      .values({ countyId: county, code: hash, personId, expiresAt })
      .onConflictDoNothing()
      .returning({ code: loginCodes.code });
    if (rows.length > 0) return { code, expiresAt };
  }
  throw new AppError('internal', 'could not find a free login code');
}

/** Redeems a code once; wrong codes are counted per client and in total, and refused past the limit. */
export async function redeemCode(
  deps: AccessDeps,
  code: string,
  client: string,
  now: Date,
): Promise<{ county: string; personId: string }> {
  const secret = linkSecret(deps.config);
  const { db } = deps;
  const since = new Date(now.getTime() - FAIL_WINDOW_MS);
  const fails = async (scope: string) =>
    (
      await db
        .select({ n: count() })
        .from(nonces)
        .where(and(eq(nonces.scope, scope), gte(nonces.seenAt, since)))
    )[0]?.n ?? 0;
  const mine = `login-fail:${client.slice(0, 100)}`;
  if ((await fails(mine)) >= CODE_FAILS_PER_CLIENT || (await fails('login-fail:*')) >= CODE_FAILS_TOTAL)
    throw new AppError('conflict', '尝试次数太多，请 10 分钟后再试');
  const rows = /^\d{6}$/.test(code)
    ? await db
        .update(loginCodes)
        .set({ usedAt: now })
        .where(
          and(
            eq(loginCodes.code, codeHash(secret, code)),
            isNull(loginCodes.usedAt),
            gt(loginCodes.expiresAt, now),
          ),
        )
        .returning({ county: loginCodes.countyId, personId: loginCodes.personId })
    : [];
  const hit = rows[0];
  if (!hit) {
    const nonce = randomBytes(9).toString('base64url');
    await db.insert(nonces).values([
      { scope: mine, nonce, seenAt: now },
      { scope: 'login-fail:*', nonce, seenAt: now },
    ]);
    await db
      .delete(nonces)
      .where(
        and(like(nonces.scope, 'login-fail:%'), lt(nonces.seenAt, new Date(now.getTime() - 86_400_000))),
      );
    throw new AppError('unauthorized', '登录码不对或已过期，请在对话里重新发送“登录”获取');
  }
  return hit;
}

/** A session for a person (or the admin): signed claims in an HttpOnly cookie. */
export function startSession(config: Config, county: string, subject: string, now: Date): Claims {
  const ttl = config.pages.linkTtlHours * 3600_000;
  return { use: 'S', county, subject, iat: now.getTime(), exp: now.getTime() + ttl };
}

/** Tags an admin session with the current ADMIN_TOKEN: rotating or removing the token ends those sessions. */
export function adminTag(config: Config): string | null {
  const token = config.auth.adminToken;
  return token ? b64(mac(linkSecret(config), 'admin', token)).slice(0, 22) : null;
}

/** The person a link or session stands for, unless revoked, deactivated or unknown. */
export async function personOf(db: Db, claims: Claims) {
  const p = await activePerson(db, claims.county, claims.subject);
  if (!p) return null;
  if (p.linksValidAfter && claims.iat < p.linksValidAfter.getTime()) return null;
  return { id: p.id, name: p.name, title: p.title, orgId: p.orgId, role: p.role, county: p.countyId };
}

export type PagePerson = NonNullable<Awaited<ReturnType<typeof personOf>>>;
