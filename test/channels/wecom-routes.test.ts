// WeCom through the front door: signed and encrypted at test time, posted with app.request(), the
// background ingest awaited through the execution context Workers would give.
import { readFileSync } from 'node:fs';
import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { assignments, groups, identities, messages, tasks } from '../../db/schema.js';
import { createApp } from '../../src/app.js';
import { silentLogger } from '../../src/logger.js';
import { confirmBinding } from '../../src/services/bindings.js';
import { importRoster } from '../../src/services/roster-import.js';
import { backends, freshDatabase, type TestDatabase } from '../helpers/db.js';
import { roster, testConfig } from '../helpers/factories.js';
import { fixture, freshNonce, type Signed, sign, signEcho } from './wecom-sign.js';

const CORP = 'ww1436e0e65a779aee';
const TOKEN = 'QDG6eKwecomtoken';
const KEY = 'jWmYm7qr5nMoAUwZRjGtBxmz3KA1tkAj3ykkR6q2B2C';
const AIBOT_TOKEN = 'aibot-token-xyz';
const AIBOT_KEY = '6qkdMrq68nTKduznJYO1A37W2oEgpkMUvkttRToqhUt';
const CHAT = 'wrkSFfCgAAtLvT9tQ0pTn5nB1xU4wCpw';
const NOW = new Date('2026-12-07T09:00:00+08:00');

describe.each(backends)('WeCom callbacks (%s)', (backend) => {
  let database: TestDatabase;
  let app: ReturnType<typeof createApp>;
  let background: Promise<unknown>[] = [];
  const ctx = {
    waitUntil: (p: Promise<unknown>) => void background.push(p),
    passThroughOnException() {},
    props: {},
  };
  const app$ = { token: TOKEN, key: KEY, receiveId: CORP, now: NOW };
  const bot$ = { token: AIBOT_TOKEN, key: AIBOT_KEY, receiveId: '', now: NOW };

  const post = async (path: string, s: Signed) => {
    const res = await app.request(`${path}?${s.query}`, { method: 'POST', body: s.body }, undefined, ctx);
    await Promise.all(background);
    background = [];
    return res;
  };
  const stored = async () => (await database.db.select({ n: count() }).from(messages))[0]!.n;
  const appText = (user: string, text: string, msgId: string, at = NOW) =>
    fixture('app-text.xml', {
      corpId: CORP,
      user,
      text,
      msgId,
      time: String(Math.floor(at.getTime() / 1000)),
    });
  const aibotText = (user: string, text: string, msgId: string, chatId = CHAT) =>
    fixture('aibot-group-text.json', { user, text, msgId, chatId });

  beforeAll(async () => {
    database = await freshDatabase(backend);
    await importRoster(database.db, roster());
    const config = testConfig({
      WECOM_CORP_ID: CORP,
      WECOM_TOKEN: TOKEN,
      WECOM_ENCODING_AES_KEY: KEY,
      WECOM_AIBOT_TOKEN: AIBOT_TOKEN,
      WECOM_AIBOT_ENCODING_AES_KEY: AIBOT_KEY,
    });
    app = createApp({ db: database.db, config, clock: () => NOW, logger: silentLogger });
    const db = database.db;
    await confirmBinding(db, 'c1', {
      kind: 'person',
      platform: 'wecom',
      externalId: 'HeFang',
      personId: 'u3',
    });
    await confirmBinding(db, 'c1', {
      kind: 'person',
      platform: 'wecom',
      externalId: 'SongChun',
      personId: 'u4',
    });
    await confirmBinding(db, 'c1', { kind: 'group', platform: 'wecom', binding: CHAT, groupId: 'k3' });
  });
  afterAll(() => database.destroy());
  beforeEach(() => {
    background = [];
  });

  it('answers the URL verification with the decrypted echostr, exactly', async () => {
    const res = await app.request(`/wecom/callback?${signEcho(app$, '1616140317555161061')}`);
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('1616140317555161061');
    const ai = await app.request(`/wecom/aibot?${signEcho(bot$, 'echo-aibot-42')}`);
    expect(await ai.text()).toBe('echo-aibot-42');
  });

  it('stores a signed app message from a known cadre as a direct message to the bot', async () => {
    const res = await post('/wecom/callback', sign(app$, appText('SongChun', '我的任务', 'app-1'), 'xml'));
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('');
    const [row] = await database.db.select().from(messages).where(eq(messages.platformId, 'app-1'));
    expect(row).toMatchObject({ platform: 'wecom', senderId: 'u4', groupId: null, text: '我的任务' });
    expect(row!.payload).toMatchObject({ to: 'bot', raw: { FromUserName: 'SongChun', MsgId: 'app-1' } });
  });

  it('turns a directive posted through the AI bot in a group into a task for the village cadres', async () => {
    const text = '@清单助手 请各村今天下午5点前报送值班表';
    const res = await post('/wecom/aibot', sign(bot$, aibotText('HeFang', text, 'ai-1'), 'json'));
    expect(res.status).toBe(200);
    const [row] = await database.db.select().from(messages).where(eq(messages.platformId, 'ai-1'));
    expect(row).toMatchObject({ groupId: 'k3', senderId: 'u3', directive: true, state: 'processed' });
    const [task] = await database.db.select().from(tasks).where(eq(tasks.id, row!.taskId!));
    expect(task!.kind).toBe('report');
    expect(task!.deadline?.toISOString()).toBe(new Date('2026-12-07T17:00:00+08:00').toISOString());
    const who = await database.db
      .select({ p: assignments.personId })
      .from(assignments)
      .where(eq(assignments.taskId, task!.id));
    expect(who.map((w) => w.p).sort()).toEqual(['u4', 'u5']);
  });

  it('stores a retried message once (same MsgId, a new nonce)', async () => {
    const plain = appText('SongChun', '收到', 'app-retry');
    await post('/wecom/callback', sign(app$, plain, 'xml'));
    const again = await post('/wecom/callback', sign(app$, plain, 'xml'));
    expect(again.status).toBe(200);
    const rows = await database.db.select().from(messages).where(eq(messages.platformId, 'app-retry'));
    expect(rows).toHaveLength(1);
  });

  it('keeps a message from an unknown user and chat, and records both for an admin to confirm', async () => {
    const res = await post(
      '/wecom/aibot',
      sign(bot$, aibotText('NewGuy', '大家好', 'ai-new', 'wrkUnknownChat'), 'json'),
    );
    expect(res.status).toBe(200);
    const [row] = await database.db.select().from(messages).where(eq(messages.platformId, 'ai-new'));
    expect(row!.senderId).toBe('wecom:NewGuy');
    const [id] = await database.db.select().from(identities).where(eq(identities.externalId, 'NewGuy'));
    expect(id).toMatchObject({ pending: true, personId: null });
    const [g] = await database.db.select().from(groups).where(eq(groups.binding, 'wrkUnknownChat'));
    expect(g).toMatchObject({ pending: true, platform: 'wecom', id: row!.groupId });
  });

  it('reads a direct message to the AI bot with text and an image', async () => {
    const plain = fixture('aibot-single-mixed.json', { user: 'HeFang', msgId: 'ai-dm', text: '进度' });
    await post('/wecom/aibot', sign(bot$, plain, 'json'));
    const [row] = await database.db.select().from(messages).where(eq(messages.platformId, 'ai-dm'));
    expect(row).toMatchObject({ groupId: null, senderId: 'u3', text: '进度' });
  });

  it('answers an event (entering the app) and stores nothing', async () => {
    const before = await stored();
    const plain = fixture('app-event.xml', {
      corpId: CORP,
      user: 'SongChun',
      time: String(NOW.getTime() / 1000),
    });
    const res = await post('/wecom/callback', sign(app$, plain, 'xml'));
    expect(res.status).toBe(200);
    expect(await stored()).toBe(before);
  });

  describe('refuses and stores nothing', () => {
    let before: number;
    beforeEach(async () => {
      before = await stored();
    });
    const refused = async (res: Response, status: number) => {
      expect(res.status).toBe(status);
      expect(await stored()).toBe(before);
    };

    it('a bad signature (401)', async () => {
      const s = sign(app$, appText('SongChun', '请各村报送', 'bad-sig'), 'xml');
      const forged = s.query.replace(/msg_signature=[0-9a-f]/, (m) =>
        m.endsWith('0') ? `${m.slice(0, -1)}1` : `${m.slice(0, -1)}0`,
      );
      await refused(await post('/wecom/callback', { ...s, query: forged }), 401);
      const other = sign({ ...app$, token: 'not-the-token' }, appText('SongChun', 'x', 'bad-sig-2'), 'xml');
      await refused(await post('/wecom/callback', other), 401);
    });

    it('a stale timestamp, either way (401)', async () => {
      const old = new Date(NOW.getTime() - 6 * 60_000);
      await refused(
        await post(
          '/wecom/callback',
          sign({ ...app$, now: old }, appText('SongChun', 'x', 'stale-1'), 'xml'),
        ),
        401,
      );
      const ahead = new Date(NOW.getTime() + 6 * 60_000);
      await refused(
        await post(
          '/wecom/aibot',
          sign({ ...bot$, now: ahead }, aibotText('HeFang', 'x', 'stale-2'), 'json'),
        ),
        401,
      );
    });

    it('a reused nonce (409)', async () => {
      const nonce = freshNonce();
      const first = await post(
        '/wecom/callback',
        sign({ ...app$, nonce }, appText('SongChun', '好的', 'nonce-1'), 'xml'),
      );
      expect(first.status).toBe(200);
      before = await stored();
      await refused(
        await post(
          '/wecom/callback',
          sign({ ...app$, nonce }, appText('SongChun', '好的', 'nonce-2'), 'xml'),
        ),
        409,
      );
    });

    it('an envelope for another corp (401)', async () => {
      const s = sign({ ...app$, receiveId: 'ww-another-corp' }, appText('SongChun', 'x', 'corp-x'), 'xml');
      await refused(await post('/wecom/callback', s), 401);
    });

    it('malformed XML outside or inside the envelope (400)', async () => {
      const s = sign(app$, appText('SongChun', 'x', 'xml-1'), 'xml');
      await refused(await post('/wecom/callback', { ...s, body: '<xml><Encrypt>abc</Encrypt>' }), 400);
      await refused(await post('/wecom/callback', { ...s, body: 'not xml at all' }), 400);
      await refused(await post('/wecom/callback', sign(app$, '<xml><MsgId>1</Msg', 'xml')), 400);
    });

    it('malformed JSON outside or inside the envelope (400)', async () => {
      const s = sign(bot$, aibotText('HeFang', 'x', 'json-1'), 'json');
      await refused(await post('/wecom/aibot', { ...s, body: '{"encrypt": ' }), 400);
      await refused(await post('/wecom/aibot', sign(bot$, '{"msgid": "j2", "from": ', 'json')), 400);
      await refused(
        await post('/wecom/aibot', sign(bot$, '{"msgid": "j3", "msgtype": "text"}', 'json')),
        400,
      );
    });

    it('an XML entity bomb, outside or inside the envelope (400)', async () => {
      const bomb = fixture('entity-bomb.xml', { corpId: CORP });
      const s = sign(app$, appText('SongChun', 'x', 'bomb-1'), 'xml');
      await refused(await post('/wecom/callback', { ...s, body: bomb }), 400);
      await refused(await post('/wecom/callback', sign(app$, bomb, 'xml')), 400);
    });
  });

  it('answers 503 on an endpoint whose settings are absent', async () => {
    const bare = createApp({ db: database.db, config: testConfig(), clock: () => NOW, logger: silentLogger });
    const s = sign(app$, appText('SongChun', 'x', 'unset'), 'xml');
    expect((await bare.request(`/wecom/callback?${s.query}`, { method: 'POST', body: s.body })).status).toBe(
      503,
    );
    const a = sign(bot$, aibotText('HeFang', 'x', 'unset-2'), 'json');
    expect((await bare.request(`/wecom/aibot?${a.query}`, { method: 'POST', body: a.body })).status).toBe(
      503,
    );
  });

  it('passes the official URL-verification sample through the route at its own time', async () => {
    const { vectors } = JSON.parse(
      readFileSync('/work/shared/fixtures/wecom-official-vectors.json', 'utf8'),
    ) as {
      vectors: {
        name: string;
        token: string;
        encodingAESKey: string;
        receiveId: string;
        query: Record<string, string>;
        expected: string;
      }[];
    };
    for (const v of vectors.filter((x) => x.query.echostr)) {
      const config = testConfig({
        WECOM_CORP_ID: v.receiveId,
        WECOM_TOKEN: v.token,
        WECOM_ENCODING_AES_KEY: v.encodingAESKey,
      });
      const at = new Date(Number(v.query.timestamp) * 1000);
      const official = createApp({ db: database.db, config, clock: () => at, logger: silentLogger });
      const res = await official.request(`/wecom/callback?${new URLSearchParams(v.query)}`);
      expect(await res.text()).toBe(v.expected);
    }
  });
});
