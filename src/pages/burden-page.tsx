// The burden page: where demands come from this week, as server-rendered SVG bars (no script).
// It lists issuing organisations and rules, never people.
import { createHash } from 'node:crypto';
import { type BurdenView, KIND_LABELS, percent } from '../core/burden/index.js';
import { explainFlag } from '../core/policy/index.js';
import { BarChart } from './burden-chart.js';

const CSS = `*{box-sizing:border-box}
body{margin:0;font:16px/1.5 system-ui,-apple-system,"PingFang SC","Microsoft YaHei","Noto Sans CJK SC",sans-serif;color:#1f2328;background:#f2f4f3}
header{background:#17603f;color:#fff;padding:10px 14px;font-weight:600}
main{max-width:640px;margin:0 auto;padding:6px 10px 32px}
h1{font-size:19px;margin:12px 4px 2px}.sub{margin:0 4px;color:#4b5563;font-size:14px}
nav{display:flex;flex-wrap:wrap;gap:6px 14px;margin:10px 4px;font-size:15px}nav b{color:#1f2328}
a{color:#17603f}
.nums{display:grid;grid-template-columns:1fr 1fr;gap:8px;margin:10px 0}
.num{background:#fff;border-radius:10px;padding:10px 12px}.num b{display:block;font-size:22px}.num span{font-size:13px;color:#4b5563}
.chart,.box{background:#fff;border-radius:10px;padding:10px 12px;margin:10px 0}
figcaption{font-weight:600;font-size:15px;margin-bottom:6px}
.small{font-size:13px;color:#6b7280}
ul{padding-left:18px;margin:6px 0}li{margin:4px 0;font-size:14px}
.tag{display:inline-block;font-size:12px;line-height:20px;padding:0 6px;border-radius:4px;background:#fff1e0;color:#93370d;margin:2px 4px 0 0}
footer{text-align:center;margin:20px 8px;font-size:13px;color:#6b7280}`;

/** Content-Security-Policy allowing only the inline style above. */
export const BURDEN_PAGE_CSP = `default-src 'none'; style-src 'sha256-${createHash('sha256').update(CSS).digest('base64')}'; img-src 'self'; form-action 'none'; frame-ancestors 'none'`;

export interface BurdenPageProps {
  view: BurdenView;
  /** Other scopes the viewer may open (county, townships), in roster order. */
  scopes: { key: string; name: string }[];
  /** Query strings for the week before and after, and for the report downloads (county only). */
  links: {
    prev: string;
    next: string | null;
    scope: (key: string) => string;
    report?: { md: string; csv: string };
  };
}

function weekTitle(v: BurdenView): string {
  const [, w] = v.week.label.split('-W');
  const md = (d: string) => `${Number(d.slice(5, 7))}月${Number(d.slice(8, 10))}日`;
  return `第${Number(w)}周（${md(v.week.from)}—${md(v.week.to)}）`;
}

function Page({ view: v, scopes, links }: BurdenPageProps) {
  const own = v.scope.type === 'person';
  return (
    <html lang="zh-CN">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width,initial-scale=1" />
        <title>{`${v.scope.name} · 减负看板`}</title>
        <style dangerouslySetInnerHTML={{ __html: CSS }} />
      </head>
      <body>
        <header>清单 · 减负看板</header>
        <main>
          <h1>{`${v.scope.name}收到的指令`}</h1>
          <p class="sub">{weekTitle(v)}</p>
          <nav>
            <a href={links.prev}>‹ 上一周</a>
            {links.next ? <a href={links.next}>下一周 ›</a> : null}
            {scopes.map((s) =>
              s.name === v.scope.name ? <b>{s.name}</b> : <a href={links.scope(s.key)}>{s.name}</a>,
            )}
          </nav>
          <div class="nums">
            <div class="num">
              <b>{v.messages}</b>
              <span>{own ? '条指令消息' : '人次指令消息'}</span>
            </div>
            <div class="num">
              <b>{own ? v.tasks : v.personTasks}</b>
              <span>
                {own ? `项任务（合并了 ${v.merged} 条转发、提醒）` : `人次任务（合并 ${v.merged} 人次）`}
              </span>
            </div>
            <div class="num">
              <b>{percent(v.afterHours.share)}</b>
              <span>{`在休息时间收到（${v.afterHours.messages}${own ? '条' : '人次'}）`}</span>
            </div>
            <div class="num">
              <b>{v.repeatData.tasks}</b>
              <span>项重复报送</span>
            </div>
          </div>
          <BarChart
            title="按发文单位（任务数）"
            unit="项"
            bars={v.byIssuer.map((i) => ({ label: i.name, value: i.tasks }))}
          />
          <BarChart
            title="按任务类型"
            unit="项"
            bars={v.byKind.map((k) => ({ label: KIND_LABELS[k.kind], value: k.tasks }))}
          />
          <BarChart
            title="涉及减负规定的任务"
            unit="项"
            bars={v.byRule.map((r) => ({ label: r.title, value: r.tasks }))}
          />
          {v.flagged.length > 0 ? (
            <section class="box">
              <figcaption>带提示的任务</figcaption>
              <ul>
                {v.flagged.map((t) => (
                  <li>
                    {`${t.title}（${t.issuer}）`}
                    <br />
                    {t.flags.map((f) => (
                      <span class="tag" title={explainFlag(f)?.explanation ?? ''}>
                        {explainFlag(f)?.title ?? f}
                      </span>
                    ))}
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
          {links.report ? (
            <p class="small">
              本周周报：<a href={links.report.md}>文字版</a> · <a href={links.report.csv}>表格（CSV）</a>
            </p>
          ) : null}
          <footer>按发文单位汇总，不对个人排名。提示针对要求本身，不评价任何人。</footer>
        </main>
      </body>
    </html>
  );
}

export function renderBurdenPage(props: BurdenPageProps): string {
  return `<!doctype html>${Page(props).toString()}`;
}
