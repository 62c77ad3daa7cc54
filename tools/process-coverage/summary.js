// Sums up the process test coverage of the whole test run: for each BPMN process, the flow
// nodes and sequence flows that any test passed through, out of all of them. It reads the
// reports that camunda-process-test-coverage writes per test class (target/process-test-coverage)
// and prints a table; the HTML reports beside them show the paths. Usage: node summary.js [dir]
'use strict';
const fs = require('fs');
const path = require('path');

const dir = process.argv[2] || 'target/process-test-coverage';
if (!fs.existsSync(dir)) {
  console.log(`No process test coverage reports in ${dir}.`);
  process.exit(0);
}
const totals = new Map();
const covered = new Map();
for (const entry of fs.readdirSync(dir)) {
  const file = path.join(dir, entry, 'report.json');
  if (!fs.existsSync(file)) continue;
  const report = JSON.parse(fs.readFileSync(file, 'utf8'));
  for (const model of report.models) totals.set(model.key, model.totalElementCount);
  for (const suite of report.suites) {
    for (const run of suite.runs) {
      for (const event of run.events) {
        if (event.source === 'FLOW_NODE' || (event.source === 'SEQUENCE_FLOW' && event.type === 'TAKE')) {
          if (!covered.has(event.modelKey)) covered.set(event.modelKey, new Set());
          covered.get(event.modelKey).add(event.definitionKey);
        }
      }
    }
  }
}
const rows = [...totals.keys()].sort().map((key) => {
  const hit = covered.has(key) ? covered.get(key).size : 0;
  return { key, hit, total: totals.get(key) };
});
const width = Math.max(...rows.map((r) => r.key.length), 'Process'.length);
console.log(`Process test coverage (flow nodes and sequence flows passed by any test), from ${dir}:`);
console.log(`${'Process'.padEnd(width)}  covered  total  coverage`);
let hitAll = 0;
let totalAll = 0;
for (const r of rows) {
  hitAll += r.hit;
  totalAll += r.total;
  console.log(`${r.key.padEnd(width)}  ${String(r.hit).padStart(7)}  ${String(r.total).padStart(5)}  ${(100 * r.hit / r.total).toFixed(1).padStart(7)}%`);
}
console.log(`${'All processes'.padEnd(width)}  ${String(hitAll).padStart(7)}  ${String(totalAll).padStart(5)}  ${(100 * hitAll / totalAll).toFixed(1).padStart(7)}%`);
