import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { outbox } from '../../db/schema.js';
import { backends } from '../helpers/db.js';
import { message } from '../helpers/factories.js';
import { type Harness, harness } from './harness.js';

const counted = '请大家把县里的防诈骗文章转发到朋友圈，转发后截图发群里，转发情况纳入年底考核。';

describe.each(backends)('the optional leader nudge (%s)', (backend) => {
  let h: Harness;
  const nudges = () =>
    h.database.db
      .select()
      .from(outbox)
      .where(and(eq(outbox.countyId, 'c1'), eq(outbox.purpose, 'nudge')));
  beforeAll(async () => {
    h = await harness(backend);
  });
  afterAll(() => h.database.destroy());

  it('is off by default', async () => {
    await h.post(message({ sender: 'u2', at: '2026-12-07T09:00:00+08:00', text: counted }));
    expect(await nudges()).toEqual([]);
  });

  it('tells a leader privately, once, which rule their post touches and why', async () => {
    await h.setSettings({ nudge: { enabled: true } });
    const at = '2026-12-08T09:00:00+08:00';
    const text = '请各位在朋友圈转发《冬季防火倡议书》，转发后截图回传，转发情况将通报排名。';
    const [task] = await h.post(message({ sender: 'u2', at, text }));
    // 何芳 relays it into 柳树村两委群: still one note, to 林海 only.
    const [relay] = await h.post(
      message({
        platform: 'wecom',
        group: 'k3',
        sender: 'u3',
        at: '2026-12-08T09:30:00+08:00',
        text: `转发：${text}`,
      }),
    );
    expect(relay).toBe(task);
    const rows = await nudges();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      key: `u2|nudge|${task}`,
      recipientId: 'u2',
      channel: 'wechat',
      period: task,
    });
    expect(rows[0]!.dueAt.toISOString()).toBe(new Date(at).toISOString());
    const note = (rows[0]!.body as { text: string }).text;
    expect(note).toContain('您在「河口镇工作群」发布的');
    expect(note).toContain('截图留痕：转发、点赞、投票、打卡等线上活动的截图不应作为完成工作的凭证');
    expect(note).toContain('以点赞转发论考核');
    expect(note).toContain('关于防治“指尖上的形式主义”的若干意见');
  });

  it('says nothing about a cadre’s post, or a leader’s post that touches no rule', async () => {
    const before = (await nudges()).length;
    const [cadre, plain] = await h.post(
      message({
        platform: 'wecom',
        group: 'k3',
        sender: 'u4',
        at: '2026-12-09T09:00:00+08:00',
        text: '请网格员今天把入户走访的位置共享到群里。',
      }),
      message({
        sender: 'u3',
        at: '2026-12-09T10:00:00+08:00',
        text: '请各村书记周五前报送本村冬季取暖困难户名单。',
      }),
    );
    expect(await h.flagsOf(cadre!)).toContain('policy:trace');
    expect((await h.flagsOf(plain!)).filter((f) => f.startsWith('policy:'))).toEqual([]);
    expect(await nudges()).toHaveLength(before);
  });
});
