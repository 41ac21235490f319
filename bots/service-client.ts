// The bot talks to the service over HTTP only, with the ingest token. fetch is injected (tests pass
// one that calls app.request in-process).
import type { Resolution } from '../src/channels/contract.js';
import type { InboundMessageInput } from '../src/core/inbound-schema.js';
import type { MessageRefs } from '../src/services/resolve-refs.js';

export type Fetch = (input: string, init?: RequestInit) => Promise<Response>;

/** status 0: the service could not be reached. */
export class ServiceError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }

  /** The request itself is wrong: sending it again will not help. */
  get permanent(): boolean {
    return this.status === 400 || this.status === 413 || this.status === 422;
  }
}

export interface OutboxClaim {
  key: string;
  county?: string;
  recipientId: string;
  /** A WeChat contact's stable key (`alias:…`, `name:…`) for a direct message. */
  externalId?: string;
  /** The room topic for a post into a group. */
  groupTopic?: string;
  body: { text: string; mentions?: string[] };
}

export interface BotStatusReport {
  state: 'starting' | 'scan' | 'login' | 'logout' | 'error';
  qr?: string;
  user?: string;
  message?: string;
}

export class ServiceClient {
  constructor(
    private readonly o: { baseUrl: string; token: string; county?: string; fetch: Fetch; timeoutMs?: number },
  ) {}

  private async call<T>(path: string, body: unknown): Promise<T> {
    const headers: Record<string, string> = {
      authorization: `Bearer ${this.o.token}`,
      'content-type': 'application/json',
    };
    if (this.o.county) headers['x-qingdan-county'] = this.o.county;
    let res: Response;
    try {
      res = await this.o.fetch(new URL(path, this.o.baseUrl).toString(), {
        method: 'POST',
        headers,
        body: JSON.stringify(body),
        signal: AbortSignal.timeout(this.o.timeoutMs ?? 30_000),
      });
    } catch (err) {
      throw new ServiceError(0, `service unreachable: ${err instanceof Error ? err.message : String(err)}`);
    }
    const text = await res.text();
    if (!res.ok) throw new ServiceError(res.status, `${path} answered ${res.status}: ${text.slice(0, 300)}`);
    return (text ? JSON.parse(text) : {}) as T;
  }

  async resolve(platform: 'wechat', messages: MessageRefs[]): Promise<Resolution[]> {
    return (await this.call<{ results: Resolution[] }>('/api/bindings/resolve', { platform, messages }))
      .results;
  }

  async ingest(messages: InboundMessageInput[]): Promise<void> {
    await this.call('/api/messages', { messages });
  }

  async status(report: BotStatusReport): Promise<void> {
    await this.call('/api/bot/status', report);
  }

  async claim(limit: number): Promise<OutboxClaim[]> {
    return (
      (await this.call<{ items?: OutboxClaim[] }>('/api/outbox/claim', { channel: 'wechat', limit })).items ??
      []
    );
  }

  async result(key: string, r: { ok: boolean; error?: string; permanent?: boolean }): Promise<void> {
    await this.call(`/api/outbox/${encodeURIComponent(key)}/result`, r);
  }
}
