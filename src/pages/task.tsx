// One task: the original text, every source (group, sender, time), policy markers, and "完成" with an optional image.
import { explainFlag } from '../core/policy/index.js';
import type { Roster } from '../core/types.js';
import { localDate } from '../core/understand/occurrence.js';
import type { SourceRole, TaskView } from '../core/understand/views.js';
import type { ProofInfo } from '../services/inbox-page.js';
import { displayTitle, policyFlagsOf, sizeWords, whenWords } from './format.js';
import { Deadline, Tags } from './inbox.js';
import { Layout, type Viewer } from './layout.js';
import type { TaskProgress } from './progress.js';
import { Progress } from './progress-view.js';

const ROLE: Record<SourceRole, string> = {
  original: '原通知',
  relay: '转发',
  reminder: '提醒',
  change: '变更',
  cancel: '取消',
  forward: '转给助手',
};

export interface TaskPageProps {
  viewer: Viewer;
  personId: string;
  task: TaskView;
  deadline: string | null;
  roster: Roster;
  assignee: boolean;
  proofs: ProofInfo[];
  progress: TaskProgress | null;
  now: Date;
  notice?: string;
  error?: string;
  proofMaxBytes: number;
}

function myDone(task: TaskView, personId: string, now: Date) {
  const today = localDate(now.getTime());
  return task.completions.find(
    (c) =>
      c.personId === personId &&
      ((c.status === 'done' && (!task.recurrence || c.occurrence === today)) ||
        (c.status === 'ack' && task.kind === 'ack' && !task.recurrence)),
  );
}

export function TaskPage(p: TaskPageProps) {
  const { task, roster, now } = p;
  const name = (id: string) => roster.people.find((x) => x.id === id)?.name ?? id;
  const group = (id: string | null) =>
    id === null ? '直接发给助手' : (roster.groups.find((g) => g.id === id)?.name ?? id);
  const done = myDone(task, p.personId, now);
  const original = task.sources.find((s) => s.role === 'original' || s.role === 'forward') ?? task.sources[0];
  const url = `/t/${encodeURIComponent(task.id)}`;
  return (
    <Layout title={displayTitle(task.title)} viewer={p.viewer} script={p.assignee && !done}>
      <h1>{displayTitle(task.title)}</h1>
      {p.notice ? <div class="note">{p.notice}</div> : null}
      {p.error ? <div class="err">{p.error}</div> : null}
      <div class="box">
        <div class="meta">
          <Deadline deadline={p.deadline} now={now} />
        </div>
        <Tags task={task} />
        {task.status === 'cancelled' ? <p class="late-t">这项任务已经取消。</p> : null}
        {task.issuerId ? <p class="small">发布人：{name(task.issuerId)}</p> : null}
      </div>
      {p.assignee && task.status === 'open' ? (
        done ? (
          <div class="box">
            <p class="done">
              {task.recurrence ? '今天已完成' : '您已完成'}（{whenWords(done.at, now)}）
            </p>
            {done.status === 'done' ? (
              <form method="post" action={`${url}/undo`}>
                <input type="hidden" name="_csrf" value={p.viewer.csrf} />
                <button class="btn2" type="submit">
                  撤销完成
                </button>
              </form>
            ) : null}
          </div>
        ) : (
          <form class="box" method="post" action={`${url}/done`} enctype="multipart/form-data">
            <input type="hidden" name="_csrf" value={p.viewer.csrf} />
            <label for="proof">
              附上照片或截图（可不传，{sizeWords(p.proofMaxBytes)} 以内）
              {task.requires.some((r) => r === 'screenshot' || r === 'photo') ? '：本任务要求提供' : ''}
            </label>
            <input id="proof" type="file" name="proof" accept="image/*" data-max={String(p.proofMaxBytes)} />
            <p id="pick" class="small" />
            <button class="wide" type="submit">
              完成
            </button>
          </form>
        )
      ) : null}
      {policyFlagsOf(task).map((f) => {
        const e = explainFlag(f);
        return e ? (
          <div class="box flag">
            <b>⚠ {e.title}</b>：{e.explanation}
            <div class="small">依据：{e.source}</div>
          </div>
        ) : null;
      })}
      {original ? (
        <div class="box">
          <b>原文</b>
          <div class="src">
            <p>{original.text}</p>
          </div>
        </div>
      ) : null}
      <div class="box">
        <b>来源 · {task.sources.length} 条</b>
        {task.sources.map((s) => (
          <div class="src">
            <div class="small">
              {ROLE[s.role]} · {group(s.groupId)} · {name(s.senderId)} · {whenWords(s.at, now)}
            </div>
            {s === original ? null : <p>{s.text}</p>}
          </div>
        ))}
      </div>
      {p.proofs.length > 0 ? (
        <div class="box">
          <b>凭证</b>
          {p.proofs.map((x) => (
            <div class="src">
              <div class="small">
                {name(x.personId)} · {whenWords(x.at, now)}
              </div>
              <a href={`/proof/${encodeURIComponent(x.id)}`}>
                <img class="proof" src={`/proof/${encodeURIComponent(x.id)}`} alt="凭证图片" loading="lazy" />
              </a>
            </div>
          ))}
        </div>
      ) : null}
      {p.progress ? <Progress item={p.progress} now={now} open /> : null}
    </Layout>
  );
}
