// The cadre's inbox: 已逾期 / 今天 / 本周 / 以后 / 无截止, each task with kind, deadline words, proof and sources.
import { explainFlag } from '../core/policy/index.js';
import type { TaskView } from '../core/understand/views.js';
import {
  displayTitle,
  groupCount,
  KIND_LABEL,
  leftWords,
  policyFlagsOf,
  REQUIRE_LABEL,
  SECTION_TITLE,
  type SectionKey,
  whenWords,
} from './format.js';
import type { InboxCard, InboxModel } from './inbox-model.js';
import { Layout, type Viewer } from './layout.js';

/** Cards shown per section before "还有 N 项" (keeps the page small on a weak connection). */
export const SECTION_LIMIT = 40;

export function Tags(props: { task: TaskView }) {
  const t = props.task;
  const groups = groupCount(t);
  return (
    <div>
      <span class="tag k">{KIND_LABEL[t.kind]}</span>
      {t.flags.includes('urgent') ? <span class="tag u">尽快</span> : null}
      {t.requires.length > 0 ? (
        <span class="tag">要交：{t.requires.map((r) => REQUIRE_LABEL[r]).join('、')}</span>
      ) : null}
      {groups > 1 ? <span class="tag">来自 {groups} 个群</span> : null}
      {t.recurrence ? <span class="tag">重复</span> : null}
      {policyFlagsOf(t).map((f) => (
        <span class="tag p">⚠ {explainFlag(f)?.title ?? f}</span>
      ))}
    </div>
  );
}

export function Deadline(props: { deadline: string | null; now: Date }) {
  if (props.deadline === null) return <span>没有截止时间</span>;
  const left = leftWords(props.deadline, props.now);
  const late = Date.parse(props.deadline) < props.now.getTime();
  return (
    <span>
      截止 {whenWords(props.deadline, props.now)}
      {left ? <span class={late ? 'late-t' : 'soon'}> · {left}</span> : null}
    </span>
  );
}

function Card(props: { card: InboxCard; now: Date; late: boolean }) {
  const { task, deadline, doneToday } = props.card;
  return (
    <a class={props.late ? 'card late' : 'card'} href={`/t/${encodeURIComponent(task.id)}`}>
      <div class="t">{displayTitle(task.title)}</div>
      <div class="meta">
        <Deadline deadline={deadline} now={props.now} />
        {doneToday ? <span class="done"> · 今天已完成</span> : null}
      </div>
      <Tags task={task} />
    </a>
  );
}

export function InboxPage(props: { viewer: Viewer; model: InboxModel; now: Date; only?: SectionKey }) {
  const { model, now } = props;
  const count = (k: SectionKey) => model.sections.find((s) => s.key === k)?.cards.length ?? 0;
  const shown = model.sections.filter((s) => s.cards.length > 0 && (!props.only || s.key === props.only));
  return (
    <Layout title="我的任务" viewer={props.viewer}>
      <h1>我的任务</h1>
      <p class="sum">
        {model.open === 0
          ? '眼下没有待办的任务。'
          : `待办 ${model.open} 项${count('overdue') ? `，已逾期 ${count('overdue')} 项` : ''}${count('today') ? `，今天到期 ${count('today')} 项` : ''}。`}
      </p>
      {props.only ? (
        <a class="more" href="/inbox">
          ← 返回全部
        </a>
      ) : null}
      {shown.map((s) => {
        const cards = props.only ? s.cards : s.cards.slice(0, SECTION_LIMIT);
        return (
          <section id={s.key}>
            <h2 class={s.key === 'overdue' ? 'late' : undefined}>
              {SECTION_TITLE[s.key]} · {s.cards.length}
            </h2>
            {cards.map((card) => (
              <Card card={card} now={now} late={s.key === 'overdue'} />
            ))}
            {cards.length < s.cards.length ? (
              <a class="more" href={`/inbox?s=${s.key}`}>
                还有 {s.cards.length - cards.length} 项，查看全部
              </a>
            ) : null}
          </section>
        );
      })}
      {model.open === 0 ? <div class="empty">都做完了，辛苦了。</div> : null}
      {model.done.length > 0 && !props.only ? (
        <section id="done">
          <h2>最近完成 · {model.done.length}</h2>
          {model.done.map((d) => (
            <a class="card" href={`/t/${encodeURIComponent(d.task.id)}`}>
              <div class="t">{displayTitle(d.task.title)}</div>
              <div class="meta">
                <span class="done">已完成</span> · {whenWords(d.at, now)}
              </div>
            </a>
          ))}
        </section>
      ) : null}
    </Layout>
  );
}
