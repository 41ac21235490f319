// Fills a recorded WeCom fixture and signs/encrypts it at test time, as WeCom would.
import { readFileSync } from 'node:fs';
import { sealEnvelope, signatureOf } from '../../src/channels/wecom/crypto.js';

export function fixture(name: string, fields: Record<string, string> = {}): string {
  const text = readFileSync(new URL(`../fixtures/wecom/${name}`, import.meta.url), 'utf8');
  return text.replace(/\{\{(\w+)\}\}/g, (_, k: string) => fields[k] ?? '');
}

let counter = 0;
export function freshNonce(): string {
  counter++;
  return `${Date.now() % 1_000_000}${counter}`;
}

export interface Signed {
  query: string;
  body: string;
}

/** Encrypts the plaintext and signs it; `xml` wraps it as the app callback does, `json` as the AI bot. */
export function sign(
  opts: { token: string; key: string; receiveId: string; now: Date; nonce?: string },
  plaintext: string,
  format: 'xml' | 'json',
): Signed {
  const encrypted = sealEnvelope(opts.key, plaintext, opts.receiveId);
  const timestamp = String(Math.floor(opts.now.getTime() / 1000));
  const nonce = opts.nonce ?? freshNonce();
  const signature = signatureOf(opts.token, timestamp, nonce, encrypted);
  const query = new URLSearchParams({ msg_signature: signature, timestamp, nonce }).toString();
  const body =
    format === 'xml'
      ? `<xml><ToUserName><![CDATA[${opts.receiveId}]]></ToUserName><Encrypt><![CDATA[${encrypted}]]></Encrypt><AgentID><![CDATA[1000002]]></AgentID></xml>`
      : JSON.stringify({ encrypt: encrypted });
  return { query, body };
}

export function signEcho(opts: { token: string; key: string; receiveId: string; now: Date }, echo: string) {
  const encrypted = sealEnvelope(opts.key, echo, opts.receiveId);
  const timestamp = String(Math.floor(opts.now.getTime() / 1000));
  const nonce = freshNonce();
  const signature = signatureOf(opts.token, timestamp, nonce, encrypted);
  return new URLSearchParams({ msg_signature: signature, timestamp, nonce, echostr: encrypted }).toString();
}
