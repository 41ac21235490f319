import type { Kind, Requirement } from '../types.js';
import type { DemandClause } from './demand.js';

// Section 3: the proof a directive asks for. Conditional clauses count ("有问题的拍照发我").

const NEGATED = /(?:无需|不需要?|不用|不必|免)(?:再)?(?:提供)?(?:截图|截屏|拍照|照片)/;
const SCREENSHOT = /截图|截屏/;
const PHOTO = /照片|拍照|工作照|现场照|相片|图片(?:发|回传|上传)/;
// Documents sent back as files; a generic "X表" counts, but not "按表执行" or "表示/表扬".
const DOC =
  /表格|(?<=[\u4e00-\u9fa5])表(?![示扬彰态达现演率决])|名单|(?<=[\u4e00-\u9fa5])册(?!子)|材料|资料|方案|台账|周报|月报|报告|总结|附件|扫描|清单|文件|底册|汇编|记录(?!仪)/;
const SEND = /报送|上报|提交|上传|报(?!名|道|警)|发(?!现|布|放|生|展)|交|送/;
// Data given in chat or through an online form is not a file.
const NOT_FILE = /群里|群内|在群|链接|平台|系统|小程序|问卷|二维码|线上|网上|在线|联网直报|数量|人数/;
const ACK = /收到请?回复|请回复|回复\s*["“]?收到|接龙/;

export function detectRequires(clauses: DemandClause[], kind: Kind): Requirement[] {
  const out = new Set<Requirement>();
  for (const { text } of clauses) {
    if (NEGATED.test(text)) continue;
    if (SCREENSHOT.test(text)) out.add('screenshot');
    if (PHOTO.test(text)) out.add('photo');
    if (ACK.test(text)) out.add('ack');
  }
  // A file is named in one clause and may be sent in a later one of the same sentence
  // ("把…值班记录表整理好，5点前报乡党政办"); a clause about the chat or a link is not a file.
  clauses.forEach((c, i) => {
    if (!DOC.test(c.text) || NOT_FILE.test(c.text)) return;
    const rest = clauses.slice(i).filter((d) => d.sentence === c.sentence);
    if (rest.some((d, k) => SEND.test(d.text) && (k === 0 || !NOT_FILE.test(d.text)))) out.add('file');
  });
  if (kind === 'ack') out.add('ack');
  const order: Requirement[] = ['screenshot', 'photo', 'file', 'ack'];
  return order.filter((r) => out.has(r));
}
