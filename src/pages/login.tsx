// The fallback when a link does not open: a 6-digit code the bot sends; and the admin's token login.
import { Layout } from './layout.js';

export function LoginPage(props: { error?: string }) {
  return (
    <Layout title="登录">
      <h1>用登录码进入</h1>
      {props.error ? <div class="err">{props.error}</div> : null}
      <form class="box" method="post" action="/login">
        <label for="code">
          在对话里给助手发“登录”，把收到的 6 位数字填在这里（10 分钟内有效，只能用一次）
        </label>
        <input
          id="code"
          name="code"
          inputmode="numeric"
          autocomplete="one-time-code"
          pattern="[0-9]{6}"
          maxlength={6}
          required
        />
        <p>
          <button class="wide" type="submit">
            进入
          </button>
        </p>
      </form>
    </Layout>
  );
}

export function AdminLoginPage(props: { error?: string }) {
  return (
    <Layout title="管理员登录">
      <h1>管理员登录</h1>
      {props.error ? <div class="err">{props.error}</div> : null}
      <form class="box" method="post" action="/admin/login">
        <label for="token">管理口令（服务器的 ADMIN_TOKEN）</label>
        <input id="token" name="token" type="password" autocomplete="current-password" required />
        <p>
          <button class="wide" type="submit">
            进入
          </button>
        </p>
      </form>
    </Layout>
  );
}
