/**
 * What `npm start` (scripts/start.mjs) says when the desktop app cannot start and it switches to
 * the browser mode. Pure functions, tested in test/packaging/start.test.ts. The lines are
 * bilingual (中文 first): they are printed before any database, and so any language setting, exists.
 */

/** Errors that mean "no way to reach the download server" rather than "the server said no". */
const NETWORK_ERROR =
  /fetch failed|ECONNREFUSED|ECONNRESET|ENOTFOUND|EAI_AGAIN|ETIMEDOUT|EHOSTUNREACH|ENETUNREACH|socket hang up|getaddrinfo|proxy/i;
const SERVER_REFUSED = /HTTPError|Response code \d{3}/;
const CHECKSUM = /checksum|sha256|integrity/i;
const MAX_DETAIL_LENGTH = 160;

/**
 * Why the Electron installer failed, from what it printed (a stack trace: its first line is
 * `TypeError: fetch failed` or similar). Returns the reason in Chinese and in English.
 */
export function installFailureReason(output, exitCode) {
  const lines = String(output)
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('at '));
  const errorLine = lines.find((line) => /^[A-Za-z]*Error\b[^:]*:/.test(line)) ?? lines.at(-1);
  const detail = shorten(errorLine ? errorLine.replace(/^[A-Za-z]*Error\b[^:]*:\s*/, '') : `exit code ${exitCode}`);
  if (NETWORK_ERROR.test(output)) return { zh: `网络不可用：${detail}`, en: `network unavailable: ${detail}` };
  if (SERVER_REFUSED.test(output))
    return { zh: `下载服务器拒绝：${detail}`, en: `the download server refused: ${detail}` };
  if (CHECKSUM.test(output))
    return { zh: `文件校验失败：${detail}`, en: `the download failed its checksum: ${detail}` };
  return { zh: detail, en: detail };
}

/** The steps that can stop the desktop app, each as the start of the one line we print. */
const WHAT_FAILED = {
  download: { zh: '未能下载 Electron', en: 'Could not download Electron' },
  native: { zh: '未能为 Electron 准备 better-sqlite3', en: 'Could not make better-sqlite3 for Electron' },
  display: { zh: '无法打开桌面窗口', en: 'Cannot open a desktop window' },
};

/**
 * The one line that says what failed and why, and what happens next: the browser mode, or —
 * with PRESALES_NO_BROWSER_FALLBACK=1 — nothing.
 */
export function failureLine(step, reason, { fallback }) {
  const what = WHAT_FAILED[step];
  const next = fallback
    ? { zh: '改用浏览器模式', en: 'starting the browser mode instead' }
    : {
        zh: '已设置 PRESALES_NO_BROWSER_FALLBACK=1，不启动浏览器模式',
        en: 'browser mode is off (PRESALES_NO_BROWSER_FALLBACK=1)',
      };
  return `${what.zh}（${reason.zh}）— ${next.zh} / ${what.en} (${reason.en}) — ${next.en}`;
}

/** Whether the browser-mode fallback is switched off (PRESALES_NO_BROWSER_FALLBACK=1 / true / yes). */
export function fallbackDisabled(env) {
  return /^(1|true|yes)$/i.test(env.PRESALES_NO_BROWSER_FALLBACK ?? '');
}

/** Electron on Linux needs a graphical session; elsewhere there always is one. */
export function displayMissing(platform, env) {
  return platform === 'linux' && !env.DISPLAY && !env.WAYLAND_DISPLAY;
}

/** The address the browser-mode server printed (`… (browser mode) → http://127.0.0.1:5199/`). */
export function serverUrlIn(text) {
  return /https?:\/\/127\.0\.0\.1:\d+\/?/.exec(text)?.[0] ?? null;
}

export function runningLine(url) {
  return `浏览器模式已启动，请在浏览器中打开 ${url}（Ctrl+C 停止）/ Browser mode is running: open ${url} (Ctrl+C to stop)`;
}

function shorten(text) {
  return text.length > MAX_DETAIL_LENGTH ? `${text.slice(0, MAX_DETAIL_LENGTH - 1)}…` : text;
}
