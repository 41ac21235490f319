// A short title for the inbox: what is asked, without salutation, tags, mentions, relay prefixes or the
// deadline (the inbox shows the deadline beside it), so a cadre sees "报送防汛物资储备清单" on a phone.
const MAX = 28;
const TIME_CHARS = /\d|[今明后昨天晚早午周月日号点时班底]|上午|下午|工作日|小时|分钟/;
// "于11月27日下午4点前", "今天下班前", "3天内", "本周内": a leading time limit, then the action.
const LEADING_LIMIT = /^(?:请)?(?:于|在)?([^，,。；;]{1,24}?)(?:之前|以前|前|以内|之内|内)[，,]?\s*/;

function withoutLeadingLimit(s: string): string {
  const m = LEADING_LIMIT.exec(s);
  if (!m || !TIME_CHARS.test(m[1] ?? '')) return s;
  const rest = s.slice(m[0].length);
  return rest.length >= 4 ? rest : s;
}

/** Full-width punctuation where it sits between Chinese text (NFKC made it ASCII). */
function chinesePunctuation(s: string): string {
  return s
    .replace(/,/g, '，')
    .replace(/:(?!\d)/g, '：')
    .replace(/\(/g, '（')
    .replace(/\)/g, '）');
}

// What a meeting notice or a repost demand is about says more than its salutation.
const MEETING = /召开([^，,。；;]{2,30}?(?:会议|会|培训|讲座|活动))/;
const REPOST_TITLE = /《([^》]{2,30})》[^。]{0,30}?(?:转发|分享)|(?:转发|分享)[^。]{0,10}?《([^》]{2,30})》/;

function shorten(title: string): string {
  return title.length > MAX ? `${title.slice(0, MAX - 1)}…` : title;
}

export function makeTitle(text: string): string {
  const plain = text.normalize('NFKC');
  const meeting = MEETING.exec(plain);
  if (meeting?.[1])
    return shorten(
      chinesePunctuation(meeting[1].replace(/^.*?(?:在|于)[^，,]*?(?:室|厅|处|部|村委会|中心)/, '')),
    );
  const repost = REPOST_TITLE.exec(plain);
  if (repost) return shorten(chinesePunctuation(`转发《${repost[1] ?? repost[2]}》`));
  let t = text
    .normalize('NFKC')
    .replace(/@\S+\s*/g, '')
    .replace(/^(?:\s*【[^】]{1,12}】\s*)+/, '')
    .replace(/^(?:转发|转|轉發)[^:\n]{0,20}[:]\s*/, '')
    .replace(/\s+/g, ' ')
    .trim();
  // Drop leading salutations ("各乡镇:", "各村(社区):"), possibly more than one after a relay prefix.
  for (let i = 0; i < 2; i++) t = t.replace(/^[^:。,]{1,20}:\s*/, '');
  const clauses = t.split(/[。!；;\n]/).map((c) => c.trim());
  const demand = clauses.find((c) => /请|务必|须|要求/.test(c)) ?? clauses.find((c) => c.length > 0) ?? t;
  let core = demand.replace(/^.*?请(?=\S)/, '');
  // The subject of the demand ("各村", "大家") and a leading time limit say nothing the inbox doesn't show.
  core = core.replace(/^(?:各[^,，于在将把]{1,10}?|大家|各位)(?=于|在|将|把|\d|今|明|本|下)/, '');
  core = withoutLeadingLimit(core)
    .replace(/^(?:将|把)/, '')
    // "…，收到请回复" is a proof asked, shown beside the title, not the task itself.
    .replace(/[,，]\s*(?:收到请?回复|请回复收到|回复收到|阅后接龙|请?接龙)[^,，]*$/, '');
  return shorten(chinesePunctuation((core.length >= 4 ? core : demand).replace(/[，,、:：]$/, '')));
}
