// A fixed small week (2026-W50: Mon 7 Dec – Sun 13 Dec) on the factory roster, for numbers computed by hand.
// k1 青松县联络群 {u1,u2,u3}; k2 河口镇工作群 {u2..u7}; k3 柳树村两委群 {u3,u4,u5} (WeCom).
import { message } from '../helpers/factories.js';

export const week50 = [
  // The week before: outside W50.
  message({
    id: 'w0',
    at: '2026-12-04T10:00:00+08:00',
    group: 'k2',
    sender: 'u2',
    text: '请各村下周三前报送本村11月安全生产检查记录表。',
  }),
  // A: 县民政局 asks the townships (u2, u3)…
  message({
    id: 'w1',
    at: '2026-12-07T09:00:00+08:00',
    group: 'k1',
    sender: 'u1',
    text: '各乡镇：请于12月11日前报送本乡镇2026年度特困人员供养情况统计表。',
  }),
  // … relayed by 林海 to the villages (u4–u7): the same task.
  message({
    id: 'w2',
    at: '2026-12-07T10:00:00+08:00',
    group: 'k2',
    sender: 'u2',
    text: '转发：各乡镇：请于12月11日前报送本乡镇2026年度特困人员供养情况统计表。\n请各村抓紧落实。',
  }),
  message({ id: 'w3', at: '2026-12-07T10:05:00+08:00', group: 'k2', sender: 'u4', text: '收到' }),
  // B: 河口镇 asks the village secretaries (u4, u6) at 22:30, a quiet hour…
  message({
    id: 'w4',
    at: '2026-12-07T22:30:00+08:00',
    group: 'k2',
    sender: 'u3',
    text: '请各村书记明天上午10点前把本村冬季防火巡查台账报党政办。',
  }),
  // … and relays it into 柳树村两委群 the next morning (u4, u5): u4 gets it twice.
  message({
    id: 'w5',
    at: '2026-12-08T09:00:00+08:00',
    platform: 'wecom',
    group: 'k3',
    sender: 'u3',
    text: '转发：请各村书记明天上午10点前把本村冬季防火巡查台账报党政办。',
  }),
  // C: a repost with screenshots counted in the appraisal, to everyone in k2 but the sender.
  message({
    id: 'w6',
    at: '2026-12-09T15:00:00+08:00',
    group: 'k2',
    sender: 'u2',
    text: '请大家把县里的防诈骗文章转发到朋友圈，转发后截图发群里，转发情况纳入年底考核。',
  }),
  // D: 柳树村's secretary sends the grid worker out on Saturday (rolls up to 河口镇).
  message({
    id: 'w7',
    at: '2026-12-12T10:00:00+08:00',
    platform: 'wecom',
    group: 'k3',
    sender: 'u4',
    mentions: ['u5'],
    text: '@唐秋 今天下午去独居老人家中走访一遍。',
  }),
  // The week after: outside W50.
  message({
    id: 'w8',
    at: '2026-12-14T00:05:00+08:00',
    group: 'k2',
    sender: 'u3',
    text: '请各村书记周三前报送本村2026年12月道路交通安全隐患排查表。',
  }),
];
