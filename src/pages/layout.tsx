// The page shell: one HTML document with its CSS inline, no web fonts, no framework.
import type { Child } from 'hono/jsx';
import { CSS, UPLOAD_SCRIPT } from './assets.js';

export interface Viewer {
  name: string;
  board: boolean;
  admin?: boolean;
  csrf: string;
}

export function Layout(props: { title: string; viewer?: Viewer; script?: boolean; children?: Child }) {
  const v = props.viewer;
  return (
    <html lang="zh-CN">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width,initial-scale=1" />
        <meta name="referrer" content="no-referrer" />
        <title>{`${props.title} · 清单`}</title>
        <style dangerouslySetInnerHTML={{ __html: CSS }} />
      </head>
      <body>
        <header>
          <b>清单</b>
          {v && !v.admin ? (
            <nav>
              <a href="/inbox">我的任务</a>
              {v.board ? <a href="/board">任务进度</a> : null}
            </nav>
          ) : null}
          {v?.admin ? (
            <nav>
              <a href="/admin">名册</a>
            </nav>
          ) : null}
          {v ? <span class="me">{v.name}</span> : null}
        </header>
        <main>{props.children}</main>
        {v ? (
          <footer>
            <form method="post" action="/logout">
              <input type="hidden" name="_csrf" value={v.csrf} />
              <button type="submit">退出登录</button>
            </form>
          </footer>
        ) : null}
        {props.script ? <script dangerouslySetInnerHTML={{ __html: UPLOAD_SCRIPT }} /> : null}
      </body>
    </html>
  );
}

/** A short message page: errors, refused links, "not configured". */
export function MessagePage(props: { title: string; text: string; viewer?: Viewer; login?: boolean }) {
  return (
    <Layout title={props.title} viewer={props.viewer}>
      <h1>{props.title}</h1>
      <div class="box">
        <p>{props.text}</p>
        {props.login ? (
          <p>
            <a class="btn" href="/login">
              用登录码进入
            </a>
          </p>
        ) : null}
      </div>
    </Layout>
  );
}
