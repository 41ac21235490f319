// WeCom callbacks: the self-built app (XML) and the AI bot (JSON). The middleware has verified and
// decrypted everything; these handlers answer at once and ingest after the answer.
import { type Context, Hono } from 'hono';
import type { WecomMessage } from '../channels/wecom/message.js';
import { parseAibotMessage } from '../channels/wecom/parse-aibot.js';
import { parseAppMessage } from '../channels/wecom/parse-app.js';
import type { Deps } from '../deps.js';
import { AppError } from '../errors.js';
import { understandStored } from '../services/ingest.js';
import { resolveCounty } from '../services/roster-load.js';
import { understandingOptions } from '../services/understanding-options.js';
import { storeWecom } from '../services/wecom-ingest.js';
import { limitBody } from './body-limit.js';
import { runAfterResponse } from './wecom-background.js';
import { verifyWecom, type WecomVars } from './wecom-verify.js';

const MAX_BODY = 256 * 1024;

export function wecomRoutes(deps: Deps) {
  const w = deps.config.wecom;
  const app = verifyWecom(deps, {
    scope: 'wecom-callback',
    names: 'WECOM_CORP_ID, WECOM_TOKEN and WECOM_ENCODING_AES_KEY are',
    token: w.token,
    encodingAesKey: w.encodingAesKey,
    receiveId: w.corpId,
    format: 'xml',
  });
  const aibot = verifyWecom(deps, {
    scope: 'wecom-aibot',
    names: 'WECOM_AIBOT_TOKEN and WECOM_AIBOT_ENCODING_AES_KEY are',
    token: w.aibotToken,
    encodingAesKey: w.aibotEncodingAesKey,
    receiveId: w.aibotToken && w.aibotEncodingAesKey ? '' : undefined,
    format: 'json',
  });
  const limit = limitBody(Math.min(deps.config.http.bodyLimitBytes, MAX_BODY));

  // URL verification: the decrypted echostr, exactly, as the body.
  const echo = (c: Context<WecomVars>) => c.body(c.get('wecomPlaintext'));

  const accept = async (
    c: Context<WecomVars>,
    parsed: { ok: true; message: WecomMessage | null } | { ok: false },
  ) => {
    if (!parsed.ok) throw new AppError('bad_request', 'malformed message');
    if (!parsed.message) return c.body('');
    const message = parsed.message;
    const county = await resolveCounty(deps.db, c.req.query('county'));
    // Stored before the answer, so a crash after it loses nothing; understood after it.
    const { batch, stored } = await storeWecom(deps, county, message);
    runAfterResponse(c, deps.logger, 'wecom ingest', () =>
      understandStored(deps, county, batch, stored, understandingOptions(deps.config)),
    );
    return c.body('');
  };

  return new Hono<WecomVars>()
    .get('/callback', app, (c) => echo(c))
    .post('/callback', limit, app, (c) => accept(c, parseAppMessage(c.get('wecomPlaintext'))))
    .get('/aibot', aibot, (c) => echo(c))
    .post('/aibot', limit, aibot, (c) => accept(c, parseAibotMessage(c.get('wecomPlaintext'), deps.clock())));
}
