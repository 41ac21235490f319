import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { counties } from '../../db/schema.js';
import { backends } from '../helpers/db.js';
import { message } from '../helpers/factories.js';
import { json } from '../helpers/http.js';
import { type Harness, harness } from './harness.js';

const repostWithScreenshots =
  '请大家把县里的防诈骗文章转发到朋友圈，转发后截图发群里，转发情况纳入年底考核。';
const insuranceList = [{ name: '协助商业保险推销', keywords: ['商业保险', '保险推销'] }];

describe.each(backends)('county settings shape the policy markers (%s)', (backend) => {
  let h: Harness;
  beforeAll(async () => {
    h = await harness(backend);
  });
  afterAll(() => h.database.destroy());

  it('starts with every rule on, an empty list and the nudge off', async () => {
    const res = await h.admin('/api/counties/c1/settings');
    expect(res.status).toBe(200);
    const body = await json(res);
    expect(body.settings).toEqual({
      policy: { disabled: [], notAdmitted: [] },
      nudge: { enabled: false },
      burdenReport: { recipients: [] },
    });
    expect(body.rules).toHaveLength(8);
    expect(body.rules[0]).toMatchObject({ id: 'policy:screenshot', title: '截图留痕' });
    expect((await h.app.request('/api/counties/c1/settings')).status).toBe(401);
    expect((await h.admin('/api/counties/nowhere/settings')).status).toBe(404);
  });

  it('refuses unknown rules, unknown keys, one-character keywords and recipients not in the roster', async () => {
    for (const bad of [
      { policy: { disabled: ['policy:likes'] } },
      { policy: { notAdmitted: [{ name: '推销', keywords: ['保'] }] } },
      { nudge: { enabled: 'yes' } },
      { nudges: { enabled: true } },
      { burdenReport: { recipients: [{ personId: 'u1', groupId: 'k1', channel: 'wechat' }] } },
    ]) {
      const res = await h.setSettings(bad);
      expect(res.status).toBe(400);
      expect((await json(res)).error.code).toBe('validation_failed');
    }
    const ghost = await h.setSettings({
      burdenReport: { recipients: [{ personId: 'u99', channel: 'wechat' }] },
    });
    expect((await json(ghost)).error.details).toEqual(['burdenReport.recipients: 名册中没有人员 u99']);
  });

  it('adds policy:not-admitted to a demand that names an item of the county list', async () => {
    const res = await h.setSettings({ policy: { notAdmitted: insuranceList } });
    expect((await json(res)).settings.policy.notAdmitted).toEqual(insuranceList);
    const [meeting, training] = await h.post(
      message({ sender: 'u2', text: '请各村组织村民参加商业保险宣讲会，明天下午3点在镇文化站。' }),
      message({ sender: 'u2', text: '请各村书记明天下午3点到镇文化站参加医保政策培训。' }),
    );
    expect(await h.flagsOf(meeting!)).toContain('policy:not-admitted');
    expect(await h.flagsOf(training!)).not.toContain('policy:not-admitted');
  });

  it('switches rules off for the county, by short or full id, and back on', async () => {
    const off = await h.setSettings({
      policy: { disabled: ['screenshot', 'policy:after-hours'], notAdmitted: insuranceList },
    });
    expect((await json(off)).settings.policy.disabled).toEqual(['policy:screenshot', 'policy:after-hours']);
    const saturday = '2026-12-12T10:00:00+08:00';
    const [quiet] = await h.post(message({ sender: 'u2', at: saturday, text: repostWithScreenshots }));
    expect(await h.flagsOf(quiet!)).toEqual(['policy:engagement-count']);
    await h.setSettings({ policy: { disabled: [], notAdmitted: insuranceList } });
    const [loud] = await h.post(
      message({
        group: 'k3',
        sender: 'u3',
        at: saturday,
        text: '请各位在朋友圈转发《冬季防火倡议书》，转发后截图回传，转发情况将通报排名。',
      }),
    );
    expect(await h.flagsOf(loud!)).toEqual([
      'policy:screenshot',
      'policy:engagement-count',
      'policy:after-hours',
    ]);
  });

  it('keeps sections left out of a PUT, and keys that belong to other features', async () => {
    const [row] = await h.database.db.select().from(counties).where(eq(counties.id, 'c1'));
    await h.database.db
      .update(counties)
      .set({ settings: { ...row!.settings, pages: { theme: 'green' } } })
      .where(eq(counties.id, 'c1'));
    const res = await h.setSettings({ nudge: { enabled: true } });
    expect((await json(res)).settings).toMatchObject({
      policy: { notAdmitted: insuranceList },
      nudge: { enabled: true },
    });
    const [after] = await h.database.db.select().from(counties).where(eq(counties.id, 'c1'));
    expect(after!.settings).toMatchObject({ pages: { theme: 'green' }, nudge: { enabled: true } });
  });
});

describe.each(backends)('repeated data requests through ingest (%s)', (backend) => {
  let h: Harness;
  beforeAll(async () => {
    h = await harness(backend);
  });
  afterAll(() => h.database.destroy());

  it('flags the same form for the same period from another issuer within 30 days, not a new period', async () => {
    const [first, again, nextPeriod] = await h.post(
      // 林海 asks every village in the township group (u4–u7)…
      message({
        at: '2026-12-01T09:00:00+08:00',
        sender: 'u2',
        text: '各村：请于12月4日前报送本村2026年11月农村低保动态管理台账。',
      }),
      // … and 何芳 asks 柳树村 (u4, u5) for the same ledger two days later.
      message({
        at: '2026-12-03T10:00:00+08:00',
        platform: 'wecom',
        group: 'k3',
        sender: 'u3',
        text: '请柳树村把2026年11月农村低保动态管理台账今天下班前报镇民政办。',
      }),
      message({
        at: '2026-12-28T10:00:00+08:00',
        platform: 'wecom',
        group: 'k3',
        sender: 'u3',
        text: '请柳树村把2026年12月农村低保动态管理台账本周五前报镇民政办。',
      }),
    );
    expect(new Set([first, again, nextPeriod]).size).toBe(3);
    expect(await h.flagsOf(first!)).not.toContain('policy:repeat-data');
    expect(await h.flagsOf(again!)).toContain('policy:repeat-data');
    expect(await h.flagsOf(nextPeriod!)).not.toContain('policy:repeat-data');
    const week = await json(h.admin('/api/burden?week=2026-W49&scope=county'));
    expect(week.repeatData).toMatchObject({ tasks: 1, items: [{ id: again, issuer: '河口镇' }] });
  });
});
