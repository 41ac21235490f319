// Every WeCom callback is checked here before a handler runs: settings present (else 503), signature
// (constant time), timestamp within ±5 minutes, envelope decrypted for our receive id, nonce unused.
// Handlers read only the verified plaintext.
import type { Context, MiddlewareHandler } from 'hono';
import { openEnvelope, signatureValid, timestampFresh } from '../channels/wecom/crypto.js';
import { hasDtd, parseWecomXml } from '../channels/wecom/xml.js';
import type { Deps } from '../deps.js';
import { AppError } from '../errors.js';
import { claimNonce } from '../services/nonces.js';

export interface WecomEndpoint {
  /** Scope of the nonce table: one per endpoint. */
  scope: 'wecom-callback' | 'wecom-aibot';
  /** The environment variables that configure it, named in the 503. */
  names: string;
  token?: string;
  encodingAesKey?: string;
  /** CorpID for the app; "" for the AI bot; undefined when not configured. */
  receiveId?: string;
  format: 'xml' | 'json';
}

export type WecomVars = { Variables: { wecomPlaintext: string } };

export function verifyWecom(deps: Deps, ep: WecomEndpoint): MiddlewareHandler<WecomVars> {
  return async (c, next) => {
    const { token, encodingAesKey: key, receiveId } = ep;
    if (!token || !key || receiveId === undefined)
      throw new AppError('not_configured', `${ep.names} not set on the server`);
    const q = {
      signature: c.req.query('msg_signature') ?? '',
      timestamp: c.req.query('timestamp') ?? '',
      nonce: c.req.query('nonce') ?? '',
    };
    if (!q.signature || !q.timestamp || !q.nonce || q.nonce.length > 64 || q.signature.length > 64)
      throw new AppError('bad_request', 'msg_signature, timestamp and nonce are required');
    const encrypted =
      c.req.method === 'GET' ? (c.req.query('echostr') ?? '') : await encryptedBody(c, ep.format);
    if (!encrypted) throw new AppError('bad_request', 'nothing to decrypt');
    if (!signatureValid(token, q, encrypted)) throw new AppError('unauthorized', 'bad signature');
    const now = deps.clock();
    if (!timestampFresh(q.timestamp, now)) throw new AppError('unauthorized', 'timestamp outside ±5 minutes');
    const opened = openEnvelope(key, encrypted, receiveId);
    if (!opened.ok) {
      if (opened.reason === 'receive_id') throw new AppError('unauthorized', 'not addressed to this app');
      throw new AppError('bad_request', 'cannot decrypt');
    }
    if (!(await claimNonce(deps.db, ep.scope, q.nonce, now)))
      throw new AppError('conflict', 'nonce already used');
    c.set('wecomPlaintext', opened.plaintext);
    await next();
  };
}

async function encryptedBody(c: Context, format: 'xml' | 'json'): Promise<string> {
  const text = await c.req.text();
  if (format === 'xml') {
    if (hasDtd(text)) throw new AppError('bad_request', 'DTDs and entities are not accepted');
    const fields = parseWecomXml(text);
    if (!fields) throw new AppError('bad_request', 'malformed XML');
    return fields.Encrypt ?? '';
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new AppError('invalid_json', 'body is not valid JSON');
  }
  const v = value as { encrypt?: unknown; Encrypt?: unknown } | null;
  const enc = v && typeof v === 'object' ? (v.encrypt ?? v.Encrypt) : undefined;
  if (typeof enc !== 'string') throw new AppError('bad_request', 'no encrypt field');
  return enc;
}
