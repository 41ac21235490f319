import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { completions, feedback, people, proofs } from '../../db/schema.js';
import { backends } from '../helpers/db.js';
import { type Harness, harness, inGroup } from './harness.js';

const at = (hm: string) => `2026-12-07T${hm}:00+08:00`; // a Monday

describe.each(backends)('the conversation with the bot (%s)', (backend) => {
  let h: Harness;
  const doneBy = async (person: string) =>
    (
      await h.database.db
        .select({ task: completions.taskId, status: completions.status })
        .from(completions)
        .where(eq(completions.personId, person))
    )
      .filter((c) => c.status === 'done')
      .map((c) => c.task)
      .sort();

  beforeAll(async () => {
    h = await harness(backend);
    // 林海 (u2) and 何芳 (u3) post four tasks in 河口镇工作群.
    await h.post(inGroup('a', 'u2', at('09:00'), '请各村今天下午5点前报送冬季安全排查表，收到请回复。'));
    await h.post(inGroup('b', 'u2', at('09:10'), '请各村于12月9日前将森林防火宣传海报转发到朋友圈并截图。'));
    await h.post(inGroup('c', 'u3', at('09:20'), '请各网格员明天上午10点前将入户走访台账报送党政办。'));
    await h.post(
      inGroup('d', 'u2', at('09:30'), '请各村于12月11日前将县融媒体中心的防诈骗视频转发到村民群。'),
    );
  });
  afterAll(() => h.database.destroy());

  it('numbers exactly the person’s own open tasks by deadline, with deadlines in plain words', async () => {
    const grid = await h.say('u5', '我的任务', at('10:00'));
    expect(grid.split('\n').slice(0, 5)).toEqual([
      '你有4项待办：',
      expect.stringMatching(/^1\. .*安全排查.*（今天17:00）$/),
      expect.stringMatching(/^2\. .*入户走访.*（明天10:00）$/),
      expect.stringMatching(/^3\. .*宣传海.*（后天）$/),
      expect.stringMatching(/^4\. .*防诈骗|^4\. .*县融媒体.*（周五）$/),
    ]);
    // 宋春 is no 网格员: the 走访台账 task is not his.
    const secretary = await h.say('u4', '任务', at('10:00'));
    expect(secretary).toMatch(/^你有3项待办/);
    expect(secretary).not.toMatch(/走访/);
  });

  it('answers on the platform the message came from, to its sender', async () => {
    await h.post({
      id: 'wc1',
      at: at('10:00'),
      platform: 'wecom',
      group: null,
      to: 'bot',
      sender: 'u6',
      type: 'text',
      text: '清单',
    });
    expect(await h.reply('u6', 'wc1')).toMatchObject({
      channel: 'wecom-app',
      text: expect.stringMatching(/^你有3项待办/),
    });
    await h.post({
      id: 'wx1',
      at: at('10:00'),
      platform: 'wechat',
      group: null,
      to: 'bot',
      sender: 'u7',
      type: 'text',
      text: '帮助',
    });
    const wx = await h.reply('u7', 'wx1');
    expect(wx).toMatchObject({ channel: 'wechat', text: expect.stringContaining('完成 2 — 第2项办完了') });
    expect(wx?.body.groupId).toBeUndefined();
    // WeCom's AI bot answers through the response_url of the message it received.
    const raw = { aibotid: 'ai1', response_url: 'https://qyapi.example/response/xyz' };
    await h.post({
      id: 'ai1',
      at: at('10:00'),
      platform: 'wecom',
      group: null,
      to: 'bot',
      sender: 'u6',
      type: 'text',
      text: '今天',
      raw,
    });
    expect(await h.reply('u6', 'ai1')).toMatchObject({
      channel: 'wecom-aibot',
      body: { responseUrl: 'https://qyapi.example/response/xyz' },
    });
  });

  it('"完成 2" completes the second task of that numbering and says which', async () => {
    const text = await h.say('u5', '完成 2', at('10:05'));
    expect(text).toMatch(/^已完成：.*入户走访.*还有3项待办。$/);
    expect(await doneBy('u5')).toEqual(['t3']);
    expect(await h.say('u5', '第九项办好了', at('10:06'))).toMatch(/没有第9项，你现在有3项待办/);
  });

  it('an ambiguous "已转发" records the latest repost and asks which; "1" moves it', async () => {
    const text = await h.say('u4', '已转发', at('10:10'));
    expect(text.split('\n')).toEqual([
      expect.stringMatching(/^已记为完成：.*县融媒体中心/),
      '不是这项？回复序号改选：',
      expect.stringMatching(/^1\. .*宣传海.*（后天）$/),
    ]);
    expect(await doneBy('u4')).toEqual(['t4']);
    const moved = await h.say('u4', '1', at('10:11'));
    expect(moved).toMatch(/^已改为完成：.*宣传海报/);
    expect(await doneBy('u4')).toEqual(['t2']);
    expect(await h.say('u4', '任务', at('10:12'))).toMatch(/县融媒体中心/);
    // With the question answered, a bare number is not taken as a completion.
    expect(await h.say('u4', '2', at('10:13'))).toMatch(/回复“完成 2”/);
    expect(await doneBy('u4')).toEqual(['t2']);
  });

  it('"已转发" with one repost left completes it without asking', async () => {
    await h.say('u6', '完成 2', at('10:20')); // 宣传海报
    const text = await h.say('u6', '已转发', at('10:21'));
    expect(text).toMatch(/^已记为完成：.*县融媒体中心.*。$/);
    expect(await doneBy('u6')).toEqual(['t2', 't4']);
  });

  it('"进度" shows a leader done / acknowledged / not yet by name; a cadre sees none of it', async () => {
    await h.post(inGroup('ack', 'u6', at('10:30'), '收到'));
    await h.post(inGroup('rep', 'u7', at('10:31'), '已报送'));
    const list = await h.say('u2', '进度', at('10:40'));
    expect(list.split('\n')[0]).toBe('你发布的任务：');
    expect(list).toMatch(/^3\. 报送冬季安全排查表（今天17:00）完成1\/4，确认1$/m);
    expect(list).not.toMatch(/走访/); // 何芳's task, not his
    const one = await h.say('u2', '进度 3', at('10:41'));
    expect(one.split('\n').slice(1)).toEqual(['已完成1人：韦夏', '已确认1人：马冬', '未完成2人：宋春、唐秋']);
    const cadre = await h.say('u4', '进度 3', at('10:42'));
    expect(cadre).toMatch(/只显示你自己发布的任务/);
    expect(cadre).not.toMatch(/韦夏|马冬|唐秋/);
  });

  it('"详情 1" tells which group, who, when, and the original text', async () => {
    const text = await h.say('u4', '详情 1', at('10:50'));
    expect(text).toContain('截止：今天17:00');
    expect(text).toContain('· 今天09:00 河口镇工作群 林海发布');
    expect(text).toContain('原文：请各村今天下午5点前报送冬季安全排查表，收到请回复。');
  });

  it('"退订" and "订阅" switch the daily digest', async () => {
    const digest = async () =>
      (await h.database.db.select({ on: people.digest }).from(people).where(eq(people.id, 'u4')))[0]?.on;
    expect(await h.say('u4', '退订', at('11:00'))).toMatch(/已退订/);
    expect(await digest()).toBe(false);
    expect(await h.say('u4', '订阅', at('11:01'))).toMatch(/已订阅，每天07:30/);
    expect(await digest()).toBe(true);
  });

  it('files a pasted notice for its sender; "不是任务" takes it back and is stored', async () => {
    const text = await h.say('u4', '请于12月10日前报送本村2026年秸秆禁烧工作总结。', at('11:10'));
    expect(text).toMatch(/^已加入清单：.*秸秆禁烧.*，截止周四。/);
    expect(await h.say('u4', '任务', at('11:11'))).toMatch(/\d\. .*2026年秸.*（周四）/);
    const dm = 'dm-pasted';
    await h.post({
      id: dm,
      at: at('11:12'),
      platform: 'wechat',
      group: null,
      to: 'bot',
      sender: 'u5',
      type: 'text',
      text: '请于12月12日前上报本村冬季取暖补贴发放名单。',
    });
    expect((await h.reply('u5', dm))?.text).toMatch(/^已加入清单/);
    expect(await h.say('u5', '不是任务', at('11:13'))).toMatch(/^好的，已从清单移除/);
    expect(await h.say('u5', '任务', at('11:14'))).not.toMatch(/取暖补贴/);
    const rows = await h.database.db.select().from(feedback).where(eq(feedback.personId, 'u5'));
    expect(rows.map((r) => [r.messageId, r.verdict])).toEqual([[dm, 'not-task']]);
  });

  it('answers "这条看起来不是任务", and "是任务" files it', async () => {
    expect(await h.say('u7', '今天县里召开了冬季防火工作会议，会议总结了前期工作。', at('11:20'))).toBe(
      '这条看起来不是任务。如果是，请回复“是任务”。',
    );
    expect(await h.say('u7', '是任务', at('11:21'))).toMatch(/^已加入清单：.*冬季防火工作会议/);
    expect(await h.say('u7', '任务', at('11:22'))).toMatch(/冬季防火工作会议/);
    const rows = await h.database.db.select().from(feedback).where(eq(feedback.personId, 'u7'));
    expect(rows.map((r) => r.verdict)).toEqual(['task']);
  });

  it('keeps an image right after a completion as that task’s proof', async () => {
    await h.post(inGroup('done-pic', 'u5', at('11:30'), '已转发'));
    await h.post({
      ...inGroup('pic', 'u5', at('11:31'), ''),
      type: 'image',
      text: undefined,
      url: 'media-abc',
    });
    const [proof] = await h.database.db.select().from(proofs).where(eq(proofs.personId, 'u5'));
    expect(proof).toMatchObject({ ref: 'media-abc', messageId: 'pic' });
    const [c] = await h.database.db
      .select()
      .from(completions)
      .where(and(eq(completions.personId, 'u5'), eq(completions.taskId, proof!.taskId)));
    expect(c).toMatchObject({ status: 'done', messageId: 'done-pic', proof: proof!.id });
    // An image long after anything is not proof of anything, and the bot says so in a direct message.
    await h.post({
      id: 'late-pic',
      at: at('15:00'),
      platform: 'wechat',
      group: null,
      to: 'bot',
      sender: 'u5',
      type: 'image',
      url: 'media-late',
    });
    expect((await h.reply('u5', 'late-pic'))?.text).toMatch(/没有保存/);
    expect(await h.database.db.select().from(proofs).where(eq(proofs.ref, 'media-late'))).toEqual([]);
  });

  it('answers commands when @-mentioned in a group, replying in that group', async () => {
    await h.post(inGroup('at-bot', 'u4', at('12:00'), '@清单助手 今天', { mentions: ['bot'] }));
    const r = await h.reply('u4', 'at-bot');
    expect(r?.body).toMatchObject({ groupId: 'k2', mentions: ['u4'] });
    expect(r?.text).toMatch(/^今天要办1项/);
    await h.post(inGroup('chat', 'u4', at('12:01'), '今天大家辛苦了'));
    expect(await h.reply('u4', 'chat')).toBeNull();
  });
});
