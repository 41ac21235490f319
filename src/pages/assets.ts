// The pages' only CSS and script, inlined (no extra requests on a weak 4G link) and allowed by hash in the CSP.
import { createHash } from 'node:crypto';

export const CSS = `*{box-sizing:border-box}
body{margin:0;font:16px/1.5 system-ui,-apple-system,"PingFang SC","Hiragino Sans GB","Microsoft YaHei","Noto Sans CJK SC","WenQuanYi Micro Hei",sans-serif;color:#1f2328;background:#f2f4f3;-webkit-text-size-adjust:100%}
a{color:#17603f}
header{background:#17603f;color:#fff;padding:10px 14px;display:flex;align-items:center;gap:12px}
header b{font-size:17px}header a{color:#fff;text-decoration:none;font-size:15px}header .me{margin-left:auto;font-size:14px;opacity:.9}
nav{display:flex;gap:14px}
main{max-width:640px;margin:0 auto;padding:6px 10px 32px}
h1{font-size:19px;margin:12px 4px 4px}
h2{font-size:15px;margin:18px 4px 4px;color:#4b5563;font-weight:600}
h2.late{color:#b42318}
.sum{margin:4px;color:#4b5563;font-size:14px}
.card{display:block;background:#fff;border-radius:10px;padding:10px 12px;margin:8px 0;color:inherit;text-decoration:none;box-shadow:0 1px 2px #0000000f}
.card.late{border-left:4px solid #d92d20}
.t{font-weight:600;word-break:break-all}
.meta{font-size:14px;color:#4b5563;margin-top:3px}
.tag{display:inline-block;font-size:12px;line-height:20px;padding:0 6px;border-radius:4px;background:#eef1f4;color:#344054;margin:4px 4px 0 0}
.k{background:#e3f1e8;color:#17603f}.p{background:#fff1e0;color:#93370d}.u{background:#fde8e7;color:#b42318}.ok{background:#e3f1e8;color:#17603f}
.late-t{color:#b42318;font-weight:600}.soon{color:#b54708;font-weight:600}
.more{display:block;text-align:center;margin:8px;font-size:14px}
.empty{background:#fff;border-radius:10px;padding:18px;text-align:center;color:#4b5563}
.box{background:#fff;border-radius:10px;padding:12px;margin:10px 0}
.src{border-top:1px solid #eceff1;padding:8px 0}.src:first-of-type{border-top:0}
.src p{margin:4px 0;white-space:pre-wrap;word-break:break-all}
.small{font-size:13px;color:#6b7280}
.flag{margin:6px 0;font-size:14px}.flag b{color:#93370d}
button,.btn{display:inline-block;font:inherit;font-size:16px;border:0;border-radius:8px;padding:10px 18px;min-height:44px;background:#17603f;color:#fff;text-decoration:none;cursor:pointer}
.btn2{background:#fff;color:#17603f;border:1px solid #17603f}
.wide{width:100%}
td button{min-height:32px;padding:4px 10px;font-size:14px;white-space:nowrap}
form{margin:0}label{display:block;margin:8px 0 4px;font-size:15px}
input[type=file]{font-size:14px;max-width:100%}
input[type=text],input[type=password],input[inputmode=numeric],select{font:inherit;width:100%;padding:10px;border:1px solid #c8ced4;border-radius:8px;background:#fff}
.row{display:flex;gap:8px;align-items:center;flex-wrap:wrap}
.done{color:#17603f;font-weight:600}
details{background:#fff;border-radius:10px;margin:8px 0;box-shadow:0 1px 2px #0000000f}
summary{padding:10px 12px;cursor:pointer;list-style:none}summary::-webkit-details-marker{display:none}
.prog{padding:0 12px 10px}.org{margin-top:6px;font-size:14px}.org b{display:block;color:#374151}
.bar{display:flex;height:6px;border-radius:3px;overflow:hidden;background:#e5e7eb;margin-top:6px}.bar i{display:block;background:#17603f}.bar i+i{background:#84c7a0}
${Array.from({ length: 11 }, (_, i) => `.w${i}{width:${i * 10}%}`).join('')}
.n-open{color:#b42318}
table{border-collapse:collapse;width:100%;font-size:14px;background:#fff}td,th{border-bottom:1px solid #eceff1;padding:6px 4px;text-align:left;vertical-align:top}
.err{background:#fde8e7;color:#912018;border-radius:8px;padding:10px 12px;margin:10px 0}
.note{background:#e3f1e8;color:#14532d;border-radius:8px;padding:10px 12px;margin:10px 0}
img.proof{display:block;max-width:100%;max-height:240px;border-radius:6px;margin-top:6px;border:1px solid #e5e7eb}
footer{text-align:center;margin:24px 0;font-size:13px;color:#6b7280}footer button{background:none;color:#6b7280;min-height:0;padding:4px;font-size:13px;text-decoration:underline}`;

/** Shrinks a big photo or screenshot on the phone before upload (weak 4G); without script the file goes as is. */
export const UPLOAD_SCRIPT = `(function(){var f=document.querySelector('input[type=file][data-max]');if(!f)return;var n=document.getElementById('pick'),b=f.form.querySelector('button'),max=+f.getAttribute('data-max');
function say(t){if(n)n.textContent=t}
f.addEventListener('change',function(){var file=f.files&&f.files[0];if(!file)return say('');say('已选：'+file.name+'，'+Math.ceil(file.size/1024)+' KB');
if(file.size<=Math.min(600000,max*0.9)||!window.DataTransfer||!HTMLCanvasElement.prototype.toBlob)return;var img=new Image(),u=URL.createObjectURL(file);
img.onload=function(){var s=Math.min(1,1600/Math.max(img.width,img.height)),c=document.createElement('canvas');c.width=Math.round(img.width*s);c.height=Math.round(img.height*s);c.getContext('2d').drawImage(img,0,0,c.width,c.height);URL.revokeObjectURL(u);
c.toBlob(function(x){if(!x||x.size>=file.size)return;var d=new DataTransfer();d.items.add(new File([x],'proof.jpg',{type:'image/jpeg'}));f.files=d.files;say('已压缩到 '+Math.ceil(x.size/1024)+' KB')},'image/jpeg',0.82)};img.src=u});
f.form.addEventListener('submit',function(e){var x=f.files&&f.files[0];if(x&&x.size>max){say('图片太大，请换一张');e.preventDefault();return}b.disabled=true;b.textContent='正在提交…'})})();`;

const hash = (s: string) => `'sha256-${createHash('sha256').update(s).digest('base64')}'`;

/** Only our own inline CSS and script run; images only from here; forms post only here. */
export const CSP = [
  "default-src 'none'",
  `style-src ${hash(CSS)}`,
  `script-src ${hash(UPLOAD_SCRIPT)}`,
  "img-src 'self' blob:",
  "form-action 'self'",
  "frame-ancestors 'none'",
  "base-uri 'none'",
].join('; ');
