// Realistic synthetic traffic for benchmarks: a county of townships and villages, notices from county
// departments relayed down through township and village groups, acknowledgements, done replies and chatter.
// About one message in five is a directive (original, relay or reminder).
import type { InboundMessageInput } from '../../src/core/inbound-schema.js';

export interface SyntheticCounty {
  roster: {
    bot: string;
    orgs: { id: string; name: string; level: 'county' | 'township' | 'village'; parent: string | null }[];
    people: { id: string; name: string; title: string; org: string; role: 'official' | 'leader' | 'cadre' }[];
    groups: { id: string; platform: string; name: string; members: string[] }[];
  };
  townships: {
    group: string;
    leader: string;
    villages: { group: string; cadres: string[] }[];
    cadres: string[];
  }[];
  officials: string[];
}

const SURNAMES =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈';
const GIVEN = '伟芳娜敏静丽强磊军洋勇艳杰涛明超秀霞平刚桂英华玉兰飞鹏辉斌波宇浩凯';

function name(i: number): string {
  return `${SURNAMES[i % SURNAMES.length]}${GIVEN[(i * 7) % GIVEN.length]}${GIVEN[(i * 13 + 3) % GIVEN.length]}`;
}

export function syntheticCounty(townships = 10, villagesPer = 8): SyntheticCounty {
  const orgs: SyntheticCounty['roster']['orgs'] = [
    { id: 'cty', name: '合溪县', level: 'county', parent: null },
  ];
  const people: SyntheticCounty['roster']['people'] = [];
  const groups: SyntheticCounty['roster']['groups'] = [];
  let n = 0;
  const person = (org: string, title: string, role: 'official' | 'leader' | 'cadre') => {
    const id = `x${n}`;
    people.push({ id, name: name(n++), title, org, role });
    return id;
  };
  const depts = ['应急管理局', '民政局', '宣传部', '组织部', '农业农村局', '医保局'].map((d, i) => {
    orgs.push({ id: `dep${i}`, name: `合溪县${d}`, level: 'county', parent: 'cty' });
    return person(`dep${i}`, '股长', 'official');
  });
  const county: string[] = ['bot', ...depts];
  const out: SyntheticCounty['townships'] = [];
  for (let t = 0; t < townships; t++) {
    const tid = `tw${t}`;
    orgs.push({ id: tid, name: `第${t + 1}镇`, level: 'township', parent: 'cty' });
    const leader = person(tid, '党政办主任', 'leader');
    const secretary = person(tid, '党委书记', 'leader');
    county.push(leader, secretary);
    const villages: SyntheticCounty['townships'][number]['villages'] = [];
    const townCadres: string[] = [];
    for (let v = 0; v < villagesPer; v++) {
      const vid = `${tid}v${v}`;
      orgs.push({ id: vid, name: `第${t + 1}镇${v + 1}村`, level: 'village', parent: tid });
      const cadres = [
        person(vid, '村党支部书记', 'cadre'),
        person(vid, '村委会主任', 'cadre'),
        person(vid, '文书', 'cadre'),
        person(vid, '网格员', 'cadre'),
      ];
      townCadres.push(...cadres);
      const group = `${vid}g`;
      groups.push({
        id: group,
        platform: 'wechat',
        name: `${vid}两委群`,
        members: ['bot', leader, ...cadres],
      });
      villages.push({ group, cadres });
    }
    const group = `${tid}g`;
    groups.push({
      id: group,
      platform: v(t),
      name: `第${t + 1}镇工作群`,
      members: ['bot', leader, secretary, ...townCadres],
    });
    out.push({ group, leader, villages, cadres: townCadres });
  }
  groups.push({ id: 'ctyg', platform: 'wechat', name: '合溪县工作群', members: county });
  return { roster: { bot: 'bot', orgs, people, groups }, townships: out, officials: depts };
}

function v(t: number) {
  return t % 3 === 0 ? 'wecom' : 'wechat';
}

const FORMS = ['值班表', '排查台账', '花名册', '统计表', '工作总结', '登记表', '进度表', '实施方案'];
const TOPICS = [
  '防汛',
  '秸秆禁烧',
  '医保征缴',
  '森林防火',
  '防溺水',
  '人居环境',
  '征兵',
  '低保复核',
  '燃气安全',
];
const CHAT = [
  '好的',
  '辛苦了',
  '今天下雨，大家注意安全',
  '请问表格在哪里下载？',
  '谢谢',
  '明白',
  '👍',
  '在路上了',
];

/** An endless, deterministic stream of messages starting at `start` (ISO, +08:00). */
export function* traffic(c: SyntheticCounty, start: string, seed = 1): Generator<InboundMessageInput> {
  let rnd = seed;
  const r = () => {
    rnd = (rnd * 1103515245 + 12345) % 2147483648;
    return rnd / 2147483648;
  };
  const pick = <T>(xs: T[]): T => xs[Math.floor(r() * xs.length)]!;
  let t = Date.parse(start);
  let id = 0;
  const at = () => {
    t += 2_000 + Math.floor(r() * 20_000);
    return `${new Date(t + 8 * 3600_000).toISOString().slice(0, 19)}+08:00`;
  };
  const msg = (group: string, sender: string, text: string, extra: Partial<InboundMessageInput> = {}) => ({
    id: `s${seed}-${id++}`,
    at: at(),
    platform: 'wechat',
    group,
    sender,
    type: 'text' as const,
    text,
    ...extra,
  });
  let notice = 0;
  for (;;) {
    // A county notice, relayed by every township and a few villages, then replies and chatter.
    notice++;
    const day = new Date(t + 8 * 3600_000 + 86_400_000 * (1 + (notice % 5)));
    const date = `${day.getUTCMonth() + 1}月${day.getUTCDate()}日`;
    const form = `${pick(TOPICS)}${pick(FORMS)}`;
    const text = `各乡镇：为做好${pick(TOPICS)}工作，请于${date}17时前报送第${notice}批${form}（附件${1 + (notice % 3)}），联系人${name(notice)}。`;
    yield msg('ctyg', pick(c.officials), text);
    for (const town of c.townships) {
      yield msg(town.group, town.leader, `转发：${text}\n请各村（社区）抓紧落实。`);
      for (let k = 0; k < 3; k++) yield msg(town.group, pick(town.cadres), pick(['收到', '收到！', '好的']));
      const village = pick(town.villages);
      yield msg(village.group, town.leader, `@所有人 ${text}`, { mentions: ['all'] });
      for (let k = 0; k < 4; k++) yield msg(village.group, pick(village.cadres), pick(CHAT));
      yield msg(town.group, pick(town.cadres), '已报送');
      if (r() < 0.3) yield msg(town.group, town.leader, `再提醒一下，${form}今天下班前要报齐，请抓紧。`);
      if (r() < 0.2)
        yield { ...msg(town.group, pick(town.cadres), ''), type: 'image' as const, text: undefined };
    }
  }
}
