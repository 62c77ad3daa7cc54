// Renders the repository's models to pictures for the docs, offline:
//   bpmn/*.bpmn -> docs/images/<ProcessKey>.png and .svg   (bpmn-js NavigatedViewer)
//   bpmn/*.dmn  -> docs/images/<DecisionKey>.png            (dmn-js Viewer, one per decision table)
// Runs in headless Debian chromium (/usr/bin/chromium); bpmn-js and dmn-js are loaded from
// node_modules into an about:blank page, every network request is refused.
// Usage: node render.mjs   (or ./render.sh, which installs node_modules first)

import { chromium } from 'playwright-core';
import { readdir, readFile, writeFile, mkdir } from 'node:fs/promises';
import { dirname, join, basename } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const repo = join(here, '..', '..');
const modelsDir = join(repo, 'bpmn');
const outDir = join(repo, 'docs', 'images');
const nm = join(here, 'node_modules');

const MARGIN = 20;          // px of white space around the diagram
const SCALE = 2;            // device pixel ratio of the PNGs (sharp on high-DPI screens)
const MAX_SIDE = 8000;      // chromium screenshot safety limit (CSS px)

const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'
];

const BASE_HTML = `<!DOCTYPE html><html><head><meta charset="utf-8">
<style>html, body { margin: 0; padding: 0; background: #fff; }
#canvas { width: 1200px; height: 800px; background: #fff; }
#dmn { display: inline-block; padding: ${MARGIN}px; background: #fff; }
/* no hover/selection chrome in pictures */
.djs-palette, .bjs-powered-by, .dmn-definitions, .powered-by, .view-drd { display: none !important; }
</style></head><body></body></html>`;

async function newPage(browser) {
  const context = await browser.newContext({
    viewport: { width: 1200, height: 800 },
    deviceScaleFactor: SCALE,
    offline: true
  });
  const page = await context.newPage();
  // belt and braces: nothing may leave the machine
  await page.route('**/*', route => {
    const url = route.request().url();
    return url.startsWith('data:') || url.startsWith('about:') ? route.continue() : route.abort();
  });
  page.on('pageerror', e => console.error('  page error:', e.message));
  await page.setContent(BASE_HTML);
  return page;
}

async function renderBpmn(browser, file) {
  const xml = await readFile(file, 'utf8');
  const page = await newPage(browser);
  try {
    await page.addStyleTag({ path: join(nm, 'bpmn-js/dist/assets/diagram-js.css') });
    await page.addStyleTag({ path: join(nm, 'bpmn-js/dist/assets/bpmn-js.css') });
    await page.addStyleTag({ path: join(nm, 'bpmn-js/dist/assets/bpmn-font/css/bpmn-embedded.css') });
    await page.addScriptTag({ path: join(nm, 'bpmn-js/dist/bpmn-navigated-viewer.production.min.js') });
    await page.evaluate(() => {
      const div = document.createElement('div');
      div.id = 'canvas';
      document.body.appendChild(div);
    });

    const result = await page.evaluate(async (xml) => {
      const viewer = new window.BpmnJS({ container: '#canvas' });
      window.viewer = viewer;
      const { warnings } = await viewer.importXML(xml);
      const definitions = viewer.getDefinitions();
      const processes = definitions.rootElements.filter(e => e.$type === 'bpmn:Process');
      const executable = processes.filter(p => p.isExecutable);
      const key = (executable[0] || processes[0] || definitions).id;
      const canvas = viewer.get('canvas');
      canvas.zoom(1);
      const inner = canvas.viewbox().inner;
      return {
        key,
        warnings: warnings.map(w => w.message),
        inner: { x: inner.x, y: inner.y, width: inner.width, height: inner.height }
      };
    }, xml);

    for (const w of result.warnings) console.warn(`  import warning: ${w}`);

    // fit the page to the whole diagram at 100 % zoom (zoom out only if it is huge)
    const { inner } = result;
    const zoom = Math.min(1, MAX_SIDE / (inner.width + 2 * MARGIN), MAX_SIDE / (inner.height + 2 * MARGIN));
    const width = Math.ceil((inner.width + 2 * MARGIN) * zoom);
    const height = Math.ceil((inner.height + 2 * MARGIN) * zoom);
    await page.setViewportSize({ width, height });
    const svg = await page.evaluate(async ({ inner, width, height, zoom, margin }) => {
      const el = document.getElementById('canvas');
      el.style.width = width + 'px';
      el.style.height = height + 'px';
      const canvas = window.viewer.get('canvas');
      canvas.resized();
      canvas.viewbox({
        x: inner.x - margin,
        y: inner.y - margin,
        width: width / zoom,
        height: height / zoom
      });
      const { svg } = await window.viewer.saveSVG();
      return svg;
    }, { inner, width, height, zoom, margin: MARGIN });

    const png = join(outDir, `${result.key}.png`);
    await page.locator('#canvas').screenshot({ path: png });
    await writeFile(join(outDir, `${result.key}.svg`), svg);
    if (result.key !== basename(file, '.bpmn')) {
      console.warn(`  note: ${basename(file)} defines process ${result.key} (file name differs)`);
    }
    console.log(`${basename(file)} -> docs/images/${result.key}.png, .svg (${width}x${height} px at scale ${SCALE})`);
  } finally {
    await page.context().close();
  }
}

async function renderDmn(browser, file) {
  const xml = await readFile(file, 'utf8');
  const page = await newPage(browser);
  try {
    for (const css of [
      'diagram-js.css', 'dmn-js-shared.css', 'dmn-js-drd.css',
      'dmn-js-decision-table.css', 'dmn-js-literal-expression.css',
      'dmn-font/css/dmn-embedded.css'
    ]) {
      await page.addStyleTag({ path: join(nm, 'dmn-js/dist/assets', css) });
    }
    await page.addScriptTag({ path: join(nm, 'dmn-js/dist/dmn-viewer.production.min.js') });
    await page.setViewportSize({ width: 4000, height: 2000 });
    await page.evaluate(() => {
      const div = document.createElement('div');
      div.id = 'dmn';
      document.body.appendChild(div);
    });
    const views = await page.evaluate(async (xml) => {
      const viewer = new window.DmnJS({ container: '#dmn' });
      window.viewer = viewer;
      const { warnings } = await viewer.importXML(xml);
      warnings.forEach(w => console.warn(w.message));
      return viewer.getViews()
        .filter(v => v.type === 'decisionTable')
        .map(v => v.element.id);
    }, xml);

    if (views.length === 0) console.warn(`  ${basename(file)}: no decision table to render`);

    for (const id of views) {
      const size = await page.evaluate(async (id) => {
        const viewer = window.viewer;
        const view = viewer.getViews().find(v => v.element.id === id);
        await viewer.open(view);
        const table = document.querySelector('#dmn .tjs-table') || document.querySelector('#dmn .dmn-decision-table-container');
        const box = document.getElementById('dmn').getBoundingClientRect();
        return { width: Math.ceil(Math.max(box.width, table.scrollWidth)), height: Math.ceil(box.height) };
      }, id);
      await page.setViewportSize({
        width: Math.min(MAX_SIDE, size.width + 2 * MARGIN),
        height: Math.min(MAX_SIDE, size.height + 2 * MARGIN)
      });
      await page.locator('#dmn').screenshot({ path: join(outDir, `${id}.png`) });
      console.log(`${basename(file)} -> docs/images/${id}.png (decision table)`);
    }
  } finally {
    await page.context().close();
  }
}

const files = (await readdir(modelsDir)).sort();
const bpmnFiles = files.filter(f => f.endsWith('.bpmn')).map(f => join(modelsDir, f));
const dmnFiles = files.filter(f => f.endsWith('.dmn')).map(f => join(modelsDir, f));
if (bpmnFiles.length + dmnFiles.length === 0) {
  console.error(`No models in ${modelsDir}`);
  process.exit(1);
}
await mkdir(outDir, { recursive: true });

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  headless: true,
  args: CHROMIUM_ARGS
});
let failed = 0;
try {
  for (const f of bpmnFiles) {
    try { await renderBpmn(browser, f); } catch (e) { failed++; console.error(`${basename(f)}: ${e.stack || e}`); }
  }
  for (const f of dmnFiles) {
    try { await renderDmn(browser, f); } catch (e) { failed++; console.error(`${basename(f)}: ${e.stack || e}`); }
  }
} finally {
  await browser.close();
}
process.exit(failed ? 1 : 0);
