// Reads addressee phrases (section 6): "各村(社区)书记、主任", "各乡镇党委书记", "大家", "各网格员".
// Text is normalized (NFKC), so parentheses are ASCII.

export type AddresseeSpec =
  | { type: 'all' }
  | { type: 'mention'; names: string[] }
  | { type: 'level'; level: 'township' | 'village' }
  | { type: 'title'; words: string[]; level?: 'township' | 'village' };

type Level = 'township' | 'village';

const PREFIX = /^(?:各|全体|所有|其他|其余|其它)/;
// Places that start like an addressee ("各村党群服务中心", "各村邮箱") and "各村民小组" name no level.
const NOT_UNIT = `(?!民|党群|服务|邮箱|办公|会议|活动|广场|卫生|大院|小组|便民|道路|主干道)`;
const TOWNSHIP = new RegExp(String.raw`^(?:乡镇\(街道\)|镇\(街道\)|乡镇|镇街|乡|镇|街道)${NOT_UNIT}`);
const VILLAGE = new RegExp(
  String.raw`^(?:村\(社区\)|社区\(村\)|村\(居\)|村居|村社区|村|社区|党支部|支部|党总支)${NOT_UNIT}`,
);
// Words between the level and the title: they narrow nothing ("各乡镇党委书记" is township + 书记).
const QUALIFIER =
  /^(?:党支部|支部|党委|党组织|党总支|两委|村委会?|居委会?|班子成员|班子|主要负责同志|主要负责人|主要领导|负责同志|负责人|干部|成员)/;
const TITLE = /^(?:副书记|书记|副主任|主任|[\u4e00-\u9fa5]{0,3}?员(?!会)|文书|会计|专干|村医|组长|站长|所长)/;
const ALL =
  /^(?:各位|大家|所有人|全体成员|全体人员|全体同志|全体干部|同志们|各单位|各部门|全体党员|党员同志|全体|所有同志)/;
const SEPARATOR = /^(?:、|,|和|及|以及|与)/;

interface Item {
  spec: AddresseeSpec;
  length: number;
  bareTitle: boolean;
}

function readItem(s: string): Item | null {
  const prefix = PREFIX.exec(s)?.[0] ?? '';
  let i = prefix.length;
  let level: Level | undefined;
  const lv = TOWNSHIP.exec(s.slice(i)) ?? VILLAGE.exec(s.slice(i));
  if (lv) {
    level = TOWNSHIP.test(s.slice(i)) ? 'township' : 'village';
    i += lv[0].length;
  }
  let qualified = false;
  for (let q = QUALIFIER.exec(s.slice(i)); q; q = QUALIFIER.exec(s.slice(i))) {
    i += q[0].length;
    qualified = true;
  }
  const title = TITLE.exec(s.slice(i));
  // A generic "X员" after nothing but a bare prefix is only read with 各/全体/所有 ("请人员" is no addressee).
  const words: string[] = [];
  if (
    title &&
    (level || prefix || !/^[\u4e00-\u9fa5]{1,3}员$/.test(title[0]) || /^(?:网格员|委员)$/.test(title[0]))
  ) {
    words.push(title[0].replace(/^副/, ''));
    i += title[0].length;
  }
  if (s.slice(i).startsWith('们')) i += 1;
  // Section 6 reads "书记们" like "各村书记": a secretary with no level named is a village secretary.
  if (!level && words.includes('书记')) level = 'village';
  if (words.length > 0) {
    const spec: AddresseeSpec = level ? { type: 'title', words, level } : { type: 'title', words };
    return { spec, length: i, bareTitle: !prefix && !level };
  }
  // A bare "村"/"乡" with nothing around it is a word ("村里", "乡亲"), not an addressee.
  if (level && (prefix || qualified)) return { spec: { type: 'level', level }, length: i, bareTitle: false };
  const all = ALL.exec(s);
  if (all) return { spec: { type: 'all' }, length: all[0].length, bareTitle: false };
  // "各村民小组", "各驻村工作队": a unit the roster does not describe addresses everyone.
  if (prefix === '各' || prefix === '全体' || prefix === '所有') {
    const rest = /^[\u4e00-\u9fa5]{1,8}/.exec(s.slice(prefix.length))?.[0] ?? '';
    return { spec: { type: 'all' }, length: prefix.length + rest.length, bareTitle: false };
  }
  return null;
}

/** Reads a run of addressee items at the start of `s`; "各村(社区)书记、主任" shares the level. */
export function readAddressees(s: string): { specs: AddresseeSpec[]; length: number } {
  const specs: AddresseeSpec[] = [];
  let i = 0;
  for (;;) {
    const item = readItem(s.slice(i));
    if (!item) break;
    const prev = specs[specs.length - 1];
    if (
      item.bareTitle &&
      item.spec.type === 'title' &&
      prev &&
      (prev.type === 'title' || prev.type === 'level')
    ) {
      const words = prev.type === 'title' ? [...prev.words, ...item.spec.words] : item.spec.words;
      specs[specs.length - 1] = prev.level
        ? { type: 'title', words, level: prev.level }
        : { type: 'title', words };
    } else {
      specs.push(item.spec);
    }
    i += item.length;
    const sep = SEPARATOR.exec(s.slice(i));
    if (!sep || !readItem(s.slice(i + sep[0].length))) break;
    i += sep[0].length;
  }
  return { specs, length: i };
}
