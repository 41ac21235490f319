export interface Logger {
  debug(msg: string, fields?: Record<string, unknown>): void;
  info(msg: string, fields?: Record<string, unknown>): void;
  warn(msg: string, fields?: Record<string, unknown>): void;
  error(msg: string, fields?: Record<string, unknown>): void;
}

const LEVELS = ['debug', 'info', 'warn', 'error'] as const;

/** JSON lines on stderr, so stdout stays free for command output (replay, when). */
export function createLogger(level: (typeof LEVELS)[number] = 'info'): Logger {
  const min = LEVELS.indexOf(level);
  const at = (l: (typeof LEVELS)[number]) => (msg: string, fields?: Record<string, unknown>) => {
    if (LEVELS.indexOf(l) < min) return;
    process.stderr.write(`${JSON.stringify({ level: l, time: new Date().toISOString(), msg, ...fields })}\n`);
  };
  return { debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') };
}

export const silentLogger: Logger = { debug() {}, info() {}, warn() {}, error() {} };
