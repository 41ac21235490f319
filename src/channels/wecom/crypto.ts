// WeCom's callback crypto (sha1 signature, AES-256-CBC envelope) around @wecom/crypto, which checks
// nothing itself: the signature is compared in constant time and the receive id is checked here.
import { timingSafeEqual } from 'node:crypto';
import { decrypt, encrypt, getSignature } from '@wecom/crypto';

/** How far a callback's timestamp may be from our clock. */
export const TIMESTAMP_WINDOW_SECONDS = 300;

export function signatureOf(token: string, timestamp: string, nonce: string, encrypted: string): string {
  return getSignature(token, timestamp, nonce, encrypted);
}

/** Constant-time comparison of the expected signature with the one in the query. */
export function signatureValid(
  token: string,
  q: { signature: string; timestamp: string; nonce: string },
  encrypted: string,
): boolean {
  const expected = Buffer.from(signatureOf(token, q.timestamp, q.nonce, encrypted));
  const given = Buffer.from(q.signature.toLowerCase());
  return expected.length === given.length && timingSafeEqual(expected, given);
}

/** A WeCom timestamp (seconds, as a string) within ±5 minutes of now. */
export function timestampFresh(timestamp: string, now: Date): boolean {
  if (!/^\d{1,12}$/.test(timestamp)) return false;
  return Math.abs(Number(timestamp) - now.getTime() / 1000) <= TIMESTAMP_WINDOW_SECONDS;
}

export type OpenResult =
  | { ok: true; plaintext: string }
  | { ok: false; reason: 'undecryptable' | 'receive_id' };

/** Decrypts an envelope and checks that it was meant for us (CorpID, or "" for the AI bot). */
export function openEnvelope(encodingAesKey: string, encrypted: string, receiveId: string): OpenResult {
  let opened: { message: string; id: string };
  try {
    opened = decrypt(encodingAesKey, encrypted);
  } catch {
    return { ok: false, reason: 'undecryptable' };
  }
  const a = Buffer.from(opened.id);
  const b = Buffer.from(receiveId);
  if (a.length !== b.length || !timingSafeEqual(a, b)) return { ok: false, reason: 'receive_id' };
  return { ok: true, plaintext: opened.message };
}

/** Encrypts a plaintext for WeCom (passive replies; tests sign fresh payloads with it). */
export function sealEnvelope(encodingAesKey: string, plaintext: string, receiveId: string): string {
  return encrypt(encodingAesKey, plaintext, receiveId);
}
