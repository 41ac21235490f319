// One task's progress: counts, and by village the names in each state (roster order, never ranked).
import { displayTitle, KIND_LABEL } from './format.js';
import { Deadline } from './inbox.js';
import { type PersonState, STATE_LABEL, type TaskProgress } from './progress.js';

const STATES: PersonState[] = ['done', 'ack', 'open'];

export function Progress(props: { item: TaskProgress; now: Date; open?: boolean }) {
  const { task, counts, byOrg } = props.item;
  const total = counts.done + counts.ack + counts.open;
  // Widths in 10% steps by class: the CSP allows no inline style attributes.
  const w = (n: number) => `w${total === 0 ? 0 : Math.round((n / total) * 10)}`;
  return (
    <details open={props.open} id={`task-${task.id}`}>
      <summary>
        <div class="t">{displayTitle(task.title)}</div>
        <div class="meta">
          <span class="tag k">{KIND_LABEL[task.kind]}</span>
          {task.status === 'cancelled' ? <span class="tag">已取消</span> : null}
          {props.item.overdue ? <span class="tag u">已逾期</span> : null}{' '}
          <Deadline deadline={props.item.deadline} now={props.now} />
        </div>
        <div class="meta">
          已完成 {counts.done} · 已收到 {counts.ack} ·{' '}
          <span class={counts.open ? 'n-open' : ''}>未完成 {counts.open}</span>
          <span class="small">（共 {total} 人）</span>
        </div>
        <div class="bar">
          <i class={w(counts.done)} />
          <i class={w(counts.ack)} />
        </div>
      </summary>
      <div class="prog">
        {byOrg.map((g) => (
          <div class="org">
            <b>
              {g.orgName}：{g.rows.filter((r) => r.state === 'done').length}/{g.rows.length} 已完成
            </b>
            {STATES.map((s) => {
              const names = g.rows.filter((r) => r.state === s).map((r) => r.name);
              return names.length > 0 ? (
                <div class={s === 'open' ? 'n-open' : undefined}>
                  {STATE_LABEL[s]}：{names.join('、')}
                </div>
              ) : null;
            })}
          </div>
        ))}
        {total === 0 ? <div class="small">这项任务没有落到您管辖的人员。</div> : null}
        <p class="small">
          <a href={`/t/${encodeURIComponent(task.id)}`}>原文和来源</a>
        </p>
      </div>
    </details>
  );
}
