// Group robot webhooks (path/91770): post-only, text ≤ 2048 bytes or markdown ≤ 4096 bytes, at most
// 20 a minute per robot (the outbox sender throttles; a 45009 answer asks for a minute's pause).
import type { OutboxBody, SendResult } from '../contract.js';
import type { Fetch } from './app-api.js';
import { clipBytes, RATE_LIMITED } from './limits.js';

/** `mentions` are WeCom userids here, or "all" for @所有人. */
export async function sendWebhook(
  o: { apiBase: string; fetch: Fetch },
  key: string,
  body: OutboxBody,
): Promise<SendResult> {
  const mentioned = (body.mentions ?? []).map((m) => (m === 'all' ? '@all' : m));
  const payload = body.markdown
    ? { msgtype: 'markdown', markdown: { content: clipBytes(body.markdown, 4096) } }
    : {
        msgtype: 'text',
        text: {
          content: clipBytes(body.text, 2048),
          ...(mentioned.length ? { mentioned_list: mentioned } : {}),
        },
      };
  let res: Response;
  try {
    res = await o.fetch(`${o.apiBase}/cgi-bin/webhook/send?key=${encodeURIComponent(key)}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(payload),
    });
  } catch (err) {
    return { ok: false, error: `network: ${err instanceof Error ? err.message : String(err)}` };
  }
  if (!res.ok)
    return {
      ok: false,
      error: `HTTP ${res.status}`,
      ...(res.status === 429 ? { retryAfterMs: 60_000 } : {}),
    };
  const a = (await res.json().catch(() => ({ errcode: -1, errmsg: 'answer is not JSON' }))) as {
    errcode?: number;
    errmsg?: string;
  };
  const code = a.errcode ?? 0;
  if (code === 0) return { ok: true };
  const error = `wecom ${code} ${a.errmsg ?? ''}`.trim();
  if (RATE_LIMITED.has(code)) return { ok: false, retryAfterMs: 60_000, error };
  return { ok: false, error, permanent: code > 0 };
}

/** The AI bot's one-time reply address (response_url, valid an hour): markdown only. */
export async function replyViaResponseUrl(
  fetch: Fetch,
  responseUrl: string,
  body: OutboxBody,
): Promise<SendResult> {
  try {
    const res = await fetch(responseUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        msgtype: 'markdown',
        markdown: { content: clipBytes(body.markdown ?? body.text, 4096) },
      }),
    });
    const a = (await res.json().catch(() => ({}))) as { errcode?: number; errmsg?: string };
    return res.ok && !a.errcode
      ? { ok: true }
      : { ok: false, error: `wecom ${a.errcode ?? res.status} ${a.errmsg ?? ''}`.trim() };
  } catch (err) {
    return { ok: false, error: `network: ${err instanceof Error ? err.message : String(err)}` };
  }
}
