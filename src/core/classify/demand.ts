import { maskQuoted, splitClauses, splitSentences, stripLead } from './clauses.js';

// Which clauses of a notice carry demands. Everything here reads normalized text (see simplify.ts).

/** A clause stating what has already happened ("《方案》已通过OA系统下发", "投票已开始"). */
const STATEMENT =
  /已经?(?!在)[^,，]{0,3}(?:下发|发至|发到|发群|发布|推送|上传|印发|开始|启动|发出|通过|在|公布|转发|报送|完成)/;
/** A conditional clause ("发现问题报镇综治中心"): it asks for proof, but it is not the kind of the task. */
export const CONDITIONAL = /^(?:如|若|如果|凡|一旦)?(?:发现|如有|若有|有问题|遇到|出现)/;
/** The issuer announcing what it will do ("宣传部将统计各单位转发情况"), not a demand on the readers. */
const ISSUER_FUTURE =
  /(?:将|会|每周|每月|每天|定期)(?:在[^,，。]{1,6}|对[^,，。]{1,8})?(?:进行|予以|作为)?(?:统计|通报|排名|考核|汇总|公布|评比|纳入)/;
/** 请 that is part of another word: 邀请, 申请, 请假, 请示, 请问 … */
const NOT_PLEASE = /(?:邀|申|聘|提|宴|恭|敬)请|请(?:假|示|问|教|客|求|柬|收好)/g;
/** "请大家注意保暖": care advice, no action asked. */
const BENIGN = new RegExp(
  String.raw`^请?(?:大家|各位|同志们|广大\S{0,4})?(?:出门|外出)?(?:要|需|需要|务必|一定)?(?:注意|关注|做好)(?:个人)?` +
    `(?:自身|出行|人身|行车|用电|用火)?(?:安全|保暖|防寒|防冻|防滑|路滑|身体|防护|休息|防暑|天气|气温|降温|健康)`,
);

export interface DemandClause {
  text: string;
  conditional: boolean;
  /** Index of the sentence the clause belongs to, so that a sentence can be read whole. */
  sentence: number;
}

/** Clauses that ask something of the readers, after dropping statements, issuer plans and care advice. */
export function demandClauses(text: string): DemandClause[] {
  const body = maskQuoted(stripLead(text)).replace(NOT_PLEASE, '');
  const out: DemandClause[] = [];
  splitSentences(body).forEach((sentence, index) => {
    for (const clause of splitClauses(sentence)) {
      const hasPlease = clause.includes('请');
      if (!hasPlease && STATEMENT.test(clause)) continue;
      if (!hasPlease && ISSUER_FUTURE.test(clause)) continue;
      if (BENIGN.test(clause)) continue;
      out.push({ text: clause, conditional: CONDITIONAL.test(clause), sentence: index });
    }
  });
  return out;
}

/** The body the rules read: tags, @mentions and relay prefixes gone, titles masked, non-请 words removed. */
export function demandBody(text: string): string {
  return maskQuoted(stripLead(text)).replace(NOT_PLEASE, '');
}
