// The HTML edition's accessibility check (issue 13): renders the sample
// site's three reports as HTML (public and internal edition), opens each in
// headless Chromium and runs axe-core on it for WCAG 2.1 A and AA. Passes
// when no page has a violation and no page asked for anything over the
// network. With SCREENSHOT_DIR set it also saves each page at 1280 and at
// 390 px width, for a person to look at.
//
//   node tests/e2e/axe_check.js BINARY [CHROMIUM]
//
// Chromium is driven over its DevTools protocol on a pipe
// (--remote-debugging-pipe: NUL-separated JSON on file descriptors 3 and
// 4), so nothing beyond node and axe-core is needed. Exit 77 (ctest: skipped)
// when chromium or axe-core is missing; scripts/setup installs both.
'use strict';
const { spawn, execFileSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

const SKIP = 77;
const source = path.resolve(__dirname, '..', '..');
const binary = process.argv[2];
const chromium = process.argv[3] || 'chromium';
const axePath = path.join(__dirname, 'axe', 'node_modules', 'axe-core', 'axe.min.js');
const templates = ['halbjahresbericht', 'jahresbericht', 'verstetigung', 'ausschuss', 'uebersicht'];
const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

function skip(why) {
  console.log(`SKIPPED: ${why}`);
  process.exit(SKIP);
}

function haveChromium() {
  try {
    execFileSync(chromium, ['--version'], { stdio: 'ignore' });
    return true;
  } catch (e) {
    return false;
  }
}

// One DevTools connection over the pipe; send() resolves with the result.
class Browser {
  constructor(userDir) {
    this.proc = spawn(chromium, ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run',
      '--remote-debugging-pipe', `--user-data-dir=${userDir}`, 'about:blank'],
      { stdio: ['ignore', 'ignore', 'ignore', 'pipe', 'pipe'] });
    this.out = this.proc.stdio[3];
    this.next = 0;
    this.pending = new Map();
    this.listeners = [];
    let buffer = '';
    this.proc.stdio[4].on('data', (chunk) => {
      buffer += chunk.toString('utf8');
      let end;
      while ((end = buffer.indexOf('\0')) >= 0) {
        const message = JSON.parse(buffer.slice(0, end));
        buffer = buffer.slice(end + 1);
        if (message.id !== undefined && this.pending.has(message.id)) {
          const { resolve, reject } = this.pending.get(message.id);
          this.pending.delete(message.id);
          if (message.error) reject(new Error(JSON.stringify(message.error)));
          else resolve(message.result);
        } else {
          for (const l of this.listeners) l(message);
        }
      }
    });
  }
  send(method, params = {}, sessionId = undefined) {
    const id = ++this.next;
    const message = { id, method, params };
    if (sessionId) message.sessionId = sessionId;
    this.out.write(JSON.stringify(message) + '\0');
    return new Promise((resolve, reject) => this.pending.set(id, { resolve, reject }));
  }
  waitFor(method, sessionId) {
    return new Promise((resolve) => {
      const l = (m) => {
        if (m.method === method && m.sessionId === sessionId) {
          this.listeners = this.listeners.filter((x) => x !== l);
          resolve(m.params);
        }
      };
      this.listeners.push(l);
    });
  }
  // Resolves when chromium has exited, so that its profile folder can be removed.
  close() {
    if (this.proc.exitCode !== null) return Promise.resolve();
    const exited = new Promise((resolve) => this.proc.once('exit', resolve));
    this.send('Browser.close').catch(() => {});
    const timer = setTimeout(() => this.proc.kill('SIGKILL'), 10000);
    return exited.then(() => clearTimeout(timer));
  }
}

async function checkPage(browser, file, axeSource, shots) {
  const { targetId } = await browser.send('Target.createTarget', { url: 'about:blank' });
  const { sessionId } = await browser.send('Target.attachToTarget', { targetId, flatten: true });
  const s = (method, params) => browser.send(method, params, sessionId);
  const requests = [];
  browser.listeners.push((m) => {
    if (m.sessionId === sessionId && m.method === 'Network.requestWillBeSent') requests.push(m.params.request.url);
  });
  await s('Page.enable');
  await s('Network.enable');
  await s('Emulation.setDeviceMetricsOverride', { width: 1280, height: 900, deviceScaleFactor: 1, mobile: false });
  const loaded = browser.waitFor('Page.loadEventFired', sessionId);
  await s('Page.navigate', { url: 'file://' + file });
  await loaded;
  await s('Runtime.evaluate', { expression: axeSource });
  const run = await s('Runtime.evaluate', {
    expression: `axe.run(document, { runOnly: { type: 'tag', values: ${JSON.stringify(tags)} } }).then(r => ({
      violations: r.violations.map(v => ({ id: v.id, impact: v.impact, help: v.help,
        nodes: v.nodes.slice(0, 5).map(n => n.target.join(' ') + ': ' + n.failureSummary) })),
      passes: r.passes.map(p => p.id), incomplete: r.incomplete.map(p => p.id),
      unsure: r.incomplete.map(v => v.id + ' on ' + v.nodes.length + ' element(s), e.g. ' + v.nodes.slice(0, 3).map(n => n.target.join(' ') + ' (' + (n.any[0] ? n.any[0].message : '') + ')').join('; ')) }))`,
    awaitPromise: true, returnByValue: true,
  });
  if (run.exceptionDetails) throw new Error('axe failed: ' + JSON.stringify(run.exceptionDetails));
  const result = run.result.value;
  result.external = requests.filter((u) => !u.startsWith('file://') && !u.startsWith('data:'));
  if (shots) {
    const base = path.join(shots, path.basename(file, '.html'));
    for (const width of [1280, 390]) {
      await s('Emulation.setDeviceMetricsOverride', { width, height: 900, deviceScaleFactor: 1, mobile: width < 500 });
      const { cssContentSize } = await s('Page.getLayoutMetrics');
      // In slices a person can look at: long reports are 20,000 px and more.
      const slice = 1600;
      for (let y = 0, n = 1; y < cssContentSize.height; y += slice, ++n) {
        const height = Math.min(slice, Math.ceil(cssContentSize.height - y));
        const shot = await s('Page.captureScreenshot', { format: 'png', captureBeyondViewport: true,
          clip: { x: 0, y, width, height, scale: 1 } });
        fs.writeFileSync(`${base}-${width}-${String(n).padStart(2, '0')}.png`, Buffer.from(shot.data, 'base64'));
      }
      // Nothing may be wider than the phone's screen: wide tables and charts scroll in their box.
      if (width === 390) {
        const wide = await s('Runtime.evaluate', { expression: 'document.documentElement.scrollWidth', returnByValue: true });
        result.phoneWidth = wide.result.value;
      }
    }
  }
  await browser.send('Target.closeTarget', { targetId });
  return result;
}

async function main() {
  if (!binary) {
    console.error('usage: node tests/e2e/axe_check.js BINARY [CHROMIUM]');
    process.exit(2);
  }
  if (!haveChromium()) skip(`${chromium} is not installed (scripts/setup installs the Debian package chromium)`);
  if (!fs.existsSync(axePath)) skip(`axe-core is not installed in ${path.dirname(axePath)} (scripts/setup runs npm ci in tests/e2e/axe)`);
  const axeSource = fs.readFileSync(axePath, 'utf8');
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'ankerbericht-axe-'));
  const ws = path.join(tmp, 'sample');
  fs.cpSync(path.join(source, 'sample-data'), ws, { recursive: true });
  const env = { ...process.env, ANKERBERICHT_TODAY: '2026-11-21' };
  const anker = (args) => execFileSync(binary, args, { cwd: ws, env, stdio: ['ignore', 'pipe', 'pipe'] });
  anker(['run']);
  const pages = [];
  for (const t of templates) {
    for (const internal of [false, true]) {
      const out = path.join(tmp, `${t}.html`);
      // The sample has three places: the papers are the Stadtlabor's, the overview shows them all.
      const site = t === 'uebersicht' ? [] : ['--site', 'stadtlabor'];
      anker(['report', t, ...site, '--period', t === 'jahresbericht' ? '2025' : '2026-H1', '--format', 'html', '-o', out, ...(internal ? ['--internal'] : [])]);
      pages.push(internal ? path.join(tmp, `${t}-intern.html`) : out);
    }
  }
  const shots = process.env.SCREENSHOT_DIR;
  if (shots) fs.mkdirSync(shots, { recursive: true });
  const browser = new Browser(path.join(tmp, 'chromium'));
  let failed = false;
  try {
    for (const page of pages) {
      const r = await checkPage(browser, page, axeSource, shots);
      const name = path.basename(page);
      console.log(`${name}: ${r.violations.length} violation(s), ${r.passes.length} rules passed ` +
        `(${r.passes.join(', ')}), ${r.incomplete.length} to check by hand (${r.incomplete.join(', ')})`);
      for (const u of r.unsure) console.log(`  to check by hand: ${u}`);
      for (const v of r.violations) {
        console.log(`  VIOLATION ${v.id} (${v.impact}): ${v.help}`);
        for (const n of v.nodes) console.log(`    ${n.replace(/\n/g, ' ')}`);
      }
      if (r.external.length) console.log(`  EXTERNAL REQUESTS: ${r.external.join(', ')}`);
      if (r.phoneWidth !== undefined) console.log(`  width at a 390 px screen: ${r.phoneWidth} px`);
      if (r.violations.length || r.external.length || (r.phoneWidth !== undefined && r.phoneWidth > 390)) failed = true;
    }
  } finally {
    await browser.close();
    if (!process.env.KEEP_HTML) fs.rmSync(tmp, { recursive: true, force: true, maxRetries: 5 });
    else console.log(`pages kept in ${tmp}`);
  }
  process.exit(failed ? 1 : 0);
}

main().catch((e) => {
  console.error(e.stack || String(e));
  process.exit(1);
});
