// The leader's board: tasks they or their office issued or relayed, with done / acknowledged / not yet.
import type { Viewer } from './layout.js';
import { Layout } from './layout.js';
import type { TaskProgress } from './progress.js';
import { Progress } from './progress-view.js';

export function BoardPage(props: { viewer: Viewer; items: TaskProgress[]; now: Date; days: number }) {
  const open = props.items.filter((i) => i.task.status === 'open' && i.counts.open + i.counts.ack > 0);
  const overdue = open.filter((i) => i.overdue);
  return (
    <Layout title="任务进度" viewer={props.viewer}>
      <h1>任务进度</h1>
      <p class="sum">
        近 {props.days} 天本单位发布或转发的任务 {props.items.length} 项，未办结 {open.length} 项
        {overdue.length ? `，其中已逾期 ${overdue.length} 项` : ''}。
      </p>
      <p class="row">
        <a class="btn btn2" href="/board.csv">
          导出表格（CSV）
        </a>
      </p>
      {props.items.length === 0 ? <div class="empty">近期没有本单位发布的任务。</div> : null}
      {props.items.map((item) => (
        <Progress item={item} now={props.now} open={item.overdue} />
      ))}
    </Layout>
  );
}
