// The login page of the WeChat bot: the QR code to scan, or who is logged in. Chinese, phone-sized.
import QRCode from 'qrcode';
import type { BotStatus } from '../services/bot-status.js';

const esc = (s: string) =>
  s.replace(
    /[&<>"']/g,
    (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch]!,
  );

function when(iso: string): string {
  return new Date(iso).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai', hour12: false });
}

export async function botQrPage(status: BotStatus | undefined): Promise<string> {
  let body: string;
  if (!status) {
    body = '<p>机器人还没有连上服务。请在服务器上运行 <code>npm run bot</code>，稍后刷新本页。</p>';
  } else if (status.state === 'scan' && status.qr) {
    const svg = await QRCode.toString(status.qr, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' });
    body = `<p>请用要登录的微信扫描下面的二维码，并在手机上确认登录。</p>
<div class="qr">${svg}</div>
<p class="note">二维码生成于 ${esc(when(status.at))}，几分钟后失效；本页每 10 秒自动刷新。</p>`;
  } else if (status.state === 'login') {
    body = `<p class="ok">已登录${status.user ? `：${esc(status.user)}` : ''}</p>
<p class="note">登录时间 ${esc(when(status.at))}。机器人会把所在群的消息转给清单。</p>`;
  } else if (status.state === 'logout') {
    body = `<p class="warn">机器人已退出登录${status.user ? `（${esc(status.user)}）` : ''}。</p>
<p class="note">稍后这里会出现新的二维码；如果一直没有，请重启机器人。</p>`;
  } else {
    body = `<p class="warn">机器人${status.state === 'error' ? '出错了' : '正在启动'}${status.message ? `：${esc(status.message)}` : ''}</p>
<p class="note">更新于 ${esc(when(status.at))}。</p>`;
  }
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="refresh" content="10">
<meta name="referrer" content="no-referrer">
<title>微信机器人登录 · 清单</title>
<style>
body{font-family:system-ui,-apple-system,"PingFang SC","Microsoft YaHei",sans-serif;margin:0 auto;max-width:420px;padding:16px;color:#222}
h1{font-size:20px}.qr svg{width:100%;max-width:320px;height:auto;display:block;margin:12px auto}
.note{color:#666;font-size:14px}.ok{color:#1a7f37;font-size:18px}.warn{color:#b35900;font-size:18px}
</style></head>
<body><h1>微信机器人登录</h1>
${body}
</body></html>`;
}
