import { clean, stripNonWord } from './compact';
import { memo } from './memo';

// WeChat puts a (four-per-em) space after a mention; NFKC has turned it into a plain space by now.
const MENTION_ALL = /@(?:所有人|all|everyone)/g;
const MENTION = /@[^\s@,.:;!?，。：；！？、]{1,20}(?=\s|$)/g;

// Decorations a relayer puts in front of the forwarded text. Applied repeatedly at the start only.
const LEADING: RegExp[] = [
  /^\s+/,
  /^[【〔[][^】〕\]]{1,15}[】〕\]]/,
  /^(?:转发|转载|转自|转)\s*[:：]/,
  /^转发(?=\s)/,
  // 转县应急局通知： / 转县民政局的紧急通知 / 转镇党委要求：
  /^转(?:发)?(?:自)?[^\s:：,，。!！?？]{1,20}?(?:的)?(?:紧急|重要)?(?:通知|消息|文件|要求|提醒|精神)\s*[:：]?/,
  /^(?:紧急|重要|温馨)?(?:通知|提示|提醒)\s*[:：]/,
];

// Greetings and sign-offs that carry no content, wherever they stand.
const GREETINGS =
  /(?:各位|大家)?(?:早上|上午|中午|下午|晚上)好|大家好|早安|晚安|(?:谢谢|感谢)(?:大家|各位)?(?:的)?(?:支持|配合)?|(?:大家|各位)?辛苦(?:了|大家|各位)?/g;

function stripLeading(text: string): string {
  let s = text;
  for (let changed = true; changed; ) {
    changed = false;
    for (const re of LEADING) {
      const next = s.replace(re, '');
      if (next !== s && next.length > 0) {
        s = next;
        changed = true;
      }
    }
  }
  return s;
}

/**
 * The comparison form of a message: simplified, half-width, lower-case, without mentions,
 * relay decorations, greetings, punctuation or whitespace.
 */
function normalizeOnce(text: string): string {
  let s = clean(text).replace(MENTION_ALL, ' ').replace(MENTION, ' ');
  s = stripLeading(s).replace(GREETINGS, '');
  return stripNonWord(s);
}

/** The compact comparison form of a message (memoised: it is pure and called for every stored candidate). */
export const normalize = memo(normalizeOnce);
