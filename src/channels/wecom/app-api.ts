// The self-built app's message API. The access token lives 7200 s: cached, refreshed before it
// expires, and fetched again once when WeCom says it is invalid or expired (40014 / 42001 / 40001).
import type { OutboxBody, SendResult } from '../contract.js';
import { clipBytes, RATE_LIMITED } from './limits.js';

export type Fetch = (input: string, init?: RequestInit) => Promise<Response>;

export interface WecomAppOptions {
  apiBase: string;
  corpId: string;
  secret: string;
  agentId: number;
  fetch: Fetch;
  clock: () => Date;
}

const TOKEN_EXPIRED = new Set([40001, 40014, 42001]);

interface WecomAnswer {
  errcode?: number;
  errmsg?: string;
  access_token?: string;
  expires_in?: number;
  invaliduser?: string;
}

async function answer(res: Response): Promise<WecomAnswer> {
  if (!res.ok) return { errcode: -res.status, errmsg: `HTTP ${res.status}` };
  try {
    return (await res.json()) as WecomAnswer;
  } catch {
    return { errcode: -1, errmsg: 'answer is not JSON' };
  }
}

export class AccessToken {
  private value?: { token: string; expiresAt: number };
  private inFlight?: Promise<string>;

  constructor(private readonly o: WecomAppOptions) {}

  /** A valid token; `force` fetches a new one (after WeCom rejected the cached one). */
  async get(force = false): Promise<string> {
    const now = this.o.clock().getTime();
    if (!force && this.value && this.value.expiresAt > now) return this.value.token;
    this.inFlight ??= this.fetchToken().finally(() => {
      this.inFlight = undefined;
    });
    return this.inFlight;
  }

  private async fetchToken(): Promise<string> {
    const url = `${this.o.apiBase}/cgi-bin/gettoken?corpid=${encodeURIComponent(this.o.corpId)}&corpsecret=${encodeURIComponent(this.o.secret)}`;
    const a = await answer(await this.o.fetch(url));
    if (a.errcode || !a.access_token)
      throw new Error(`gettoken failed: ${a.errcode} ${a.errmsg ?? ''}`.trim());
    // Refresh five minutes early so a token never expires between the check and the call.
    const life = Math.max(60, (a.expires_in ?? 7200) - 300) * 1000;
    this.value = { token: a.access_token, expiresAt: this.o.clock().getTime() + life };
    return a.access_token;
  }
}

/** Sends a text (or markdown) app message to one member by WeCom userid. */
export async function sendAppMessage(
  o: WecomAppOptions,
  token: AccessToken,
  touser: string,
  body: OutboxBody,
): Promise<SendResult> {
  const message = body.markdown
    ? { msgtype: 'markdown', markdown: { content: clipBytes(body.markdown, 2048) } }
    : { msgtype: 'text', text: { content: clipBytes(body.text, 2048) } };
  const payload = JSON.stringify({
    touser,
    agentid: o.agentId,
    ...message,
    enable_duplicate_check: 1,
    duplicate_check_interval: 1800,
  });
  let a: WecomAnswer = {};
  for (let attempt = 0; attempt < 2; attempt++) {
    let access: string;
    try {
      access = await token.get(attempt > 0);
    } catch (err) {
      return { ok: false, error: err instanceof Error ? err.message : String(err) };
    }
    const url = `${o.apiBase}/cgi-bin/message/send?access_token=${encodeURIComponent(access)}`;
    try {
      a = await answer(
        await o.fetch(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: payload,
        }),
      );
    } catch (err) {
      return { ok: false, error: `network: ${err instanceof Error ? err.message : String(err)}` };
    }
    if (!TOKEN_EXPIRED.has(a.errcode ?? 0)) break;
  }
  return toResult(a);
}

function toResult(a: WecomAnswer): SendResult {
  const code = a.errcode ?? 0;
  if (code === 0 && !a.invaliduser) return { ok: true };
  if (code === 0) return { ok: false, permanent: true, error: `invalid user ${a.invaliduser}` };
  if (RATE_LIMITED.has(code))
    return { ok: false, retryAfterMs: 60_000, error: `wecom ${code} ${a.errmsg ?? ''}`.trim() };
  return { ok: false, permanent: code > 0, error: `wecom ${code} ${a.errmsg ?? ''}`.trim() };
}
