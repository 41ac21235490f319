// The admin's roster: organisations, people, groups, and the groups and accounts the bots saw but the roster
// does not know — to bind to the roster or dismiss.
import type { RosterAdmin } from '../services/board-admin.js';
import { whenWords } from './format.js';
import { Layout, type Viewer } from './layout.js';

const LEVEL: Record<string, string> = { county: '县级', township: '乡镇', village: '村（社区）' };
const ROLE: Record<string, string> = { official: '县直干部', leader: '乡镇领导', cadre: '村干部' };

/** Organisations depth first from the county, so villages sit under their township. */
function treeOrder(orgs: RosterAdmin['orgs']): string[] {
  const out: string[] = [];
  const visit = (parent: string | null) => {
    for (const o of orgs.filter((x) => x.parent === parent)) {
      out.push(o.id);
      visit(o.id);
    }
  };
  visit(null);
  return out;
}

function Csrf(props: { v: Viewer }) {
  return <input type="hidden" name="_csrf" value={props.v.csrf} />;
}

export function RosterPage(props: {
  viewer: Viewer;
  county: string;
  data: RosterAdmin;
  now: Date;
  notice?: string;
}) {
  const { data, viewer: v, now } = props;
  const q = `?county=${encodeURIComponent(props.county)}`;
  const orgName = (id: string) => data.orgs.find((o) => o.id === id)?.name ?? id;
  const order = treeOrder(data.orgs);
  const rank = (id: string) => order.indexOf(id);
  const orgs = [...data.orgs].sort((a, b) => rank(a.id) - rank(b.id));
  const people = [...data.people].sort((a, b) => rank(a.orgId) - rank(b.orgId));
  return (
    <Layout title="名册" viewer={v}>
      <h1>名册</h1>
      {props.notice ? <div class="note">{props.notice}</div> : null}
      <h2>待确认的群 · {data.pendingGroups.length}</h2>
      {data.pendingGroups.length === 0 ? <div class="empty">没有待确认的群。</div> : null}
      {data.pendingGroups.map((g) => (
        <div class="box">
          <div class="t">{g.name}</div>
          <div class="small">
            {g.platform} · {g.binding ?? g.id}
          </div>
          <form method="post" action={`/admin/groups/${encodeURIComponent(g.id)}/confirm${q}`}>
            <Csrf v={v} />
            <label>
              对应名册里的群
              <select name="target" required>
                <option value="">请选择</option>
                {data.groups.map((x) => (
                  <option value={x.id}>{x.name}</option>
                ))}
              </select>
            </label>
            <p class="row">
              <button type="submit">确认</button>
            </p>
          </form>
          <form method="post" action={`/admin/groups/${encodeURIComponent(g.id)}/dismiss${q}`}>
            <Csrf v={v} />
            <button class="btn2" type="submit">
              忽略
            </button>
          </form>
        </div>
      ))}
      <h2>待确认的人 · {data.pendingPeople.length}</h2>
      {data.pendingPeople.length === 0 ? <div class="empty">没有待确认的账号。</div> : null}
      {data.pendingPeople.map((p) => {
        const action = `/admin/identities/${encodeURIComponent(p.platform)}/${encodeURIComponent(p.externalId)}`;
        return (
          <div class="box">
            <div class="t">{p.displayName ?? p.externalId}</div>
            <div class="small">
              {p.platform} · {p.externalId} · {whenWords(p.seenAt.toISOString(), now)} 出现
            </div>
            <form method="post" action={`${action}/confirm${q}`}>
              <Csrf v={v} />
              <label>
                是名册里的
                <select name="person" required>
                  <option value="">请选择</option>
                  {data.people
                    .filter((x) => x.active)
                    .map((x) => (
                      <option value={x.id}>
                        {x.name}（{orgName(x.orgId)}）
                      </option>
                    ))}
                </select>
              </label>
              <p class="row">
                <button type="submit">确认</button>
              </p>
            </form>
            <form method="post" action={`${action}/dismiss${q}`}>
              <Csrf v={v} />
              <button class="btn2" type="submit">
                忽略
              </button>
            </form>
          </div>
        );
      })}
      <h2>组织 · {data.orgs.length}</h2>
      <table>
        {orgs.map((o) => (
          <tr>
            <td>{o.name}</td>
            <td>{LEVEL[o.level] ?? o.level}</td>
            <td class="small">{o.parent ? orgName(o.parent) : ''}</td>
          </tr>
        ))}
      </table>
      <h2>人员 · {data.people.length}</h2>
      <table>
        {people.map((p) => (
          <tr>
            <td>
              {p.name}
              {p.active ? '' : '（已停用）'}
              <div class="small">
                {orgName(p.orgId)} {p.title}
              </div>
            </td>
            <td class="small">{ROLE[p.role] ?? p.role}</td>
            <td>
              <form method="post" action={`/admin/people/${encodeURIComponent(p.id)}/revoke${q}`}>
                <Csrf v={v} />
                <button class="btn2" type="submit" title="此前发出的链接全部失效">
                  收回链接
                </button>
              </form>
            </td>
          </tr>
        ))}
      </table>
      <h2>群 · {data.groups.length}</h2>
      <table>
        {data.groups.map((g) => (
          <tr>
            <td>{g.name}</td>
            <td class="small">
              {g.platform} · {g.members} 人{g.binding ? ` · 已绑定` : ''}
            </td>
          </tr>
        ))}
      </table>
    </Layout>
  );
}
