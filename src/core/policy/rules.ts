// The policy markers of CONVENTIONS.md section 8, kept as data so that wording, sources and keyword lists
// can be reviewed (and versioned) apart from the detectors (*-rule.ts, after-hours.ts, repeat-data.ts).
// Keyword syntax (see keyword-match.ts): '…' = up to 12 characters within one sentence, '{n}' = a number.

export const POLICY_RULES_VERSION = '2026-11';

export const POLICY_FLAG_IDS = [
  'policy:screenshot',
  'policy:engagement-count',
  'policy:checkin',
  'policy:app',
  'policy:trace',
  'policy:repeat-data',
  'policy:after-hours',
  'policy:not-admitted',
] as const;
export type PolicyFlag = (typeof POLICY_FLAG_IDS)[number];

const RUOGAN_YIJIAN = '中央网信委《关于防治“指尖上的形式主义”的若干意见》（2023年）';
const JIANFU_GUIDING = '中办、国办《整治形式主义为基层减负若干规定》（2024年）';
const APP_BANFA = '国办《政务移动互联网应用程序规范化管理办法》（2026年）';
const LOCAL_RULES = '本地工作群管理规定（非工作时间不布置非紧急工作）';
const COUNTY_LIST = '本县村（社区）工作事项准入清单';

export interface PolicyRule {
  id: PolicyFlag;
  /** Short Chinese title shown next to the marker. */
  title: string;
  /** One natural sentence a cadre reads. */
  explanation: string;
  sources: readonly string[];
  /** Named keyword lists read by the rule's detector. */
  keywords: Readonly<Record<string, readonly string[]>>;
}

export const POLICY_RULES = [
  {
    id: 'policy:screenshot',
    title: '截图留痕',
    explanation: '转发、点赞、投票、打卡等线上活动的截图不应作为完成工作的凭证',
    sources: [RUOGAN_YIJIAN],
    keywords: {},
  },
  {
    id: 'policy:engagement-count',
    title: '以点赞转发论考核',
    explanation: '转发、点赞、投票、学习积分的多少不应作为考核、排名、通报的依据',
    sources: [RUOGAN_YIJIAN, APP_BANFA],
    keywords: {
      counted: [
        '统计',
        '通报',
        '排名',
        '排行',
        '名次',
        '考核',
        '考评',
        '纳入…评比',
        '纳入…评优',
        '纳入…绩效',
        '计入…成绩',
        '积分',
        '计分',
        '晾晒',
        '挂钩',
        '点名',
      ],
      // Names that contain a counting word without announcing any counting.
      // Also 通报 as the content reposted ("转发县纪委的通报"), and village points-for-goods schemes.
      notCounted: [
        '统计局',
        '统计站',
        '统计员',
        '统计所',
        '统计调查',
        '统计公报',
        '通报的',
        '的通报',
        '通报了',
        '通报一起',
        '通报显示',
        '积分超市',
        '积分制',
        '积分兑换',
      ],
    },
  },
  {
    id: 'policy:checkin',
    title: '强制打卡、即时回复',
    explanation: '不应强制要求每天打卡签到，或要求几分钟内回复群消息',
    sources: [RUOGAN_YIJIAN, APP_BANFA],
    keywords: {
      recurring: ['每天', '每日', '天天', '每个工作日', '工作日每天', '每周', '每晚', '每早'],
      // A reply within minutes: flagged when it is a standing rule (see `standing`).
      instantReply: [
        '{n}分钟内回复',
        '{n}分钟内回应',
        '{n}分钟内响应',
        '{n}分钟内答复',
        '{n}分钟之内回复',
        '{n}分钟内回复收到',
      ],
      // Phrases that are standing demands by themselves.
      alwaysInstant: ['即时回复', '秒回', '随时在线', '消息必回'],
      standing: [
        '今后',
        '以后',
        '此后',
        '往后',
        '从今天起',
        '即日起',
        '一律',
        '所有通知',
        '所有消息',
        '群内消息',
        '群内通知',
        '群里通知',
        '群消息',
        '期间',
        '工作消息',
        '凡',
        '每条',
        '每次',
        '群规',
        '管理规定',
        '随时',
      ],
      // A duty that is itself safety or emergency work: these are exempt.
      safetyDuty: [
        '防汛值守',
        '防汛值班',
        '防汛巡查',
        '森林防火巡查',
        '防火巡查',
        '防火巡山',
        '巡山',
        '护林',
        '巡堤',
        '查险',
        '应急值班',
        '应急值守',
        '安保',
        '抢险',
        '地灾巡查',
        '地质灾害巡查',
        '防火值守',
      ],
      safetyDomain: [
        '防汛',
        '汛期',
        '防火',
        '防台',
        '台风',
        '抗洪',
        '抢险',
        '救灾',
        '灾害',
        '险情',
        '地灾',
        '应急',
        '寒潮',
        '暴雪',
        '暴雨',
        '冰冻',
      ],
      dutyActivity: ['值守', '值班', '巡查', '巡逻', '巡护', '巡检', '执勤', '站岗'],
      // Suffixes that turn a safety word into the name of an office, meeting or document.
      nameSuffix: ['办', '指挥部', '局', '中心', '委员会', '站', '所', '群', '会', '工作群', '专班'],
    },
  },
  {
    id: 'policy:app',
    title: '强制下载使用APP',
    explanation: '不应强制要求下载、注册政务应用程序，或要求每天登录使用、按安装数量考核推广',
    sources: [APP_BANFA],
    keywords: {
      appWord: ['app', '客户端', '小程序', '应用程序', '软件', '手机应用'],
      knownApp: ['学习强国', '灯塔在线', '国家反诈中心', '个人所得税app', '全民反诈'],
      install: ['下载', '安装', '注册', '扫码关注并注册', '激活', '实名认证'],
      regularUse: [
        '每天登录',
        '每日登录',
        '天天登录',
        '坚持登录',
        '每天使用',
        '每日使用',
        '每天学习',
        '每日学习',
      ],
      promote: ['推广', '安装量', '下载量', '注册量', '安装率', '注册率', '装机量', '激活量'],
      daily: ['每天', '每日', '天天', '每个工作日', '工作日每天'],
    },
  },
  {
    id: 'policy:trace',
    title: '定位轨迹、照片留痕',
    explanation: '不应强制共享位置、上传轨迹，或要求用会议、活动照片证明工作开展',
    sources: [APP_BANFA],
    keywords: {
      location: ['定位', '位置共享', '共享位置', '实时位置', '发送位置', '发位置', '轨迹'],
      notLocation: ['精准定位', '定位问题', '功能定位', '角色定位', '定位准确'],
      activityPhoto: [
        '活动照片',
        '会议照片',
        '会场照片',
        '参会照片',
        '开会照片',
        '活动的照片',
        '会议的照片',
        '活动现场照片',
        '会议现场照片',
        '活动图片',
        '会议图片',
        '活动剪影',
        '活动合影',
        '会议合影',
        '合影发',
        '合影报',
        '会后拍照',
        '会后…照片',
        '会议期间…拍照',
        '活动结束后…拍照',
        '党日活动…照片',
        '学习活动…照片',
        '组织生活…照片',
      ],
      // Places named with 活动 are not activities.
      notActivity: ['活动室', '活动中心', '活动场所', '活动广场'],
    },
  },
  {
    id: 'policy:repeat-data',
    title: '重复报送',
    explanation: '同样的表格或数据近期已经要求报送过，不应重复填报，可共享已报数据',
    sources: [JIANFU_GUIDING, APP_BANFA],
    keywords: {},
  },
  {
    id: 'policy:after-hours',
    title: '休息时间派活',
    explanation: '非紧急工作不宜在休息日或晚上9点至次日早上7点布置',
    sources: [LOCAL_RULES],
    keywords: {},
  },
  {
    id: 'policy:not-admitted',
    title: '不准入事项',
    explanation: '该事项列入本县不准入事项清单，未经审批不应交由村（社区）承担',
    sources: [COUNTY_LIST, JIANFU_GUIDING],
    keywords: {},
  },
] as const satisfies readonly PolicyRule[];

/** Hours (local, Asia/Shanghai) outside which a non-urgent task counts as after-hours. */
export const QUIET_HOURS = { from: 21, to: 7 } as const;

export function ruleById(id: string): PolicyRule | undefined {
  return (POLICY_RULES as readonly PolicyRule[]).find((r) => r.id === id);
}

/** A keyword list of a rule; an empty list when either is unknown. */
export function ruleKeywords(id: PolicyFlag, list: string): readonly string[] {
  return ruleById(id)?.keywords[list] ?? [];
}

/** The versioned rule set, as stored next to a task's markers so that later rule changes can be traced. */
export const POLICY_RULESET = { version: POLICY_RULES_VERSION, rules: POLICY_RULES } as const;
