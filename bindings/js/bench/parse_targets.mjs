// SPDX-License-Identifier: Apache-2.0
// parseTargets in node over the Hongkou targets repeated to 1,000,000 (issue 18: goal
// ≥ 1 M targets/s), side by side in one run with the native parser (target_bench's
// BM_parse_target_hongkou, run as a child process) and with a plain JavaScript
// regular-expression parser of the compare family — what a forms developer would
// write instead (≥90%, ≤5天, =100, >0, 90.00(%); anything else is "not a compare").
// Also the .wasm's size gzipped (goal ≤ 200 KB; test/package.test.mjs checks it).
//
//   node bindings/js/bench/parse_targets.mjs [build/dev-release/bench/target_bench]
//
// Times are CPU time of this process (process.cpuUsage: user + system, V8's GC
// threads included), like target_bench's CPU time; each figure is the median of 7
// runs, with the range. The machine is shared: read the load average. The last line
// says where parseTargets' time goes (the package's steps, timed one by one).
import { execFileSync } from 'node:child_process';
import { readFileSync, existsSync } from 'node:fs';
import { loadavg } from 'node:os';
import { gzipSync } from 'node:zlib';

import * as jixiao from '../index.js';
import createJixiaoModule from '../dist/jixiao_wasm.mjs';

const here = (path) => new URL(path, import.meta.url).pathname;
const TOTAL = 1_000_000;
const RUNS = 7;

function hongkouTargets() {
  const rows = readFileSync(here('../../../tests/data/golden/hongkou-court-2024.indicators.tsv'), 'utf8').trimEnd().split('\n');
  const column = rows[0].split('\t').indexOf('raw');
  return rows.slice(1).map((row) => row.split('\t')[column]);
}

// The regular-expression parser: one comparison, a number, an optional unit.
const OPS = { '≥': 'ge', '>=': 'ge', '＞＝': 'ge', '≤': 'le', '<=': 'le', '＜＝': 'le', '>': 'gt', '＞': 'gt',
  '<': 'lt', '＜': 'lt', '=': 'eq', '＝': 'eq', '': 'eq' };
const COMPARE = /^\s*(≥|>=|＞＝|≤|<=|＜＝|>|＞|<|＜|=|＝)?\s*(\d+(?:\.\d+)?)\s*[（(]?\s*(%|％|[^\d\s()（）]*)\s*[)）]?\s*$/;
function regexParse(raw) {
  const m = COMPARE.exec(raw);
  if (!m) return { raw, kind: 'qualitative', term: raw.trim() };
  return { raw, kind: 'compare', op: OPS[m[1] ?? ''], value: m[2], unit: m[3] === '％' ? '%' : m[3] };
}

const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

function time(work) {
  const rates = [];
  for (let run = 0; run < RUNS; ++run) {
    const start = cpuMs();
    const n = work();
    rates.push(n / ((cpuMs() - start) / 1000));
  }
  rates.sort((a, b) => a - b);
  return { median: rates[RUNS >> 1], low: rates[0], high: rates[RUNS - 1] };
}
const millions = (r) => `${(r.median / 1e6).toFixed(2)} M/s (${(r.low / 1e6).toFixed(2)}–${(r.high / 1e6).toFixed(2)})`;

await jixiao.load();
const targets = hongkouTargets();
const lines = Array.from({ length: TOTAL }, (_, i) => targets[i % targets.length]);

// The same readings as the library on the targets the regex takes for a compare.
let agree = 0, compares = 0;
for (const t of targets) {
  const r = regexParse(t);
  if (r.kind !== 'compare') continue;
  ++compares;
  const p = jixiao.parseTarget(t);
  if (p.kind === 'compare' && p.op === r.op && p.value === r.value && p.unit === r.unit) ++agree;
}

const wasmAll = time(() => jixiao.parseTargets(lines).length);
const wasmBatches = time(() => {  // a form's column at a time: 1,000 targets a call, each result dropped
  let n = 0;
  for (let i = 0; i < TOTAL; i += 1000) n += jixiao.parseTargets(lines.slice(i, i + 1000)).length;
  return n;
});
const wasmOne = time(() => {
  let n = 0;
  for (let i = 0; i < TOTAL / 10; ++i) n += jixiao.parseTarget(lines[i]) ? 1 : 0;
  return n;
});
const regex = time(() => {
  let n = 0;
  for (const line of lines) n += regexParse(line) ? 1 : 0;
  return n;
});

// The steps of parseTargets (index.js), on the same million: join, UTF-8 into the
// module, parse and write JSON in WebAssembly, UTF-8 back, JSON.parse.
async function breakdown() {
  const m = await createJixiaoModule();
  const steps = { join: [], encode: [], wasm: [], decode: [], 'JSON.parse': [] };
  let bytes = 0;
  for (let run = 0; run < 3; ++run) {
    let t = cpuMs();
    const lap = (name) => {
      const now = cpuMs();
      steps[name].push(now - t);
      t = now;
    };
    const joined = lines.join('\n');
    lap('join');
    const at = m._jxw_input(joined.length * 3);
    const { written } = new TextEncoder().encodeInto(joined, m.HEAPU8.subarray(at, at + joined.length * 3));
    lap('encode');
    const size = m._jxw_targets(written);
    lap('wasm');
    const out = m._jxw_output();
    const json = new TextDecoder().decode(m.HEAPU8.subarray(out, out + size));
    lap('decode');
    JSON.parse(json);
    lap('JSON.parse');
    bytes = size;
  }
  const median = (v) => v.sort((a, b) => a - b)[v.length >> 1];
  const total = Object.values(steps).reduce((sum, v) => sum + median([...v]), 0);
  return `${(TOTAL / total / 1e3).toFixed(2)} M/s: ` +
    Object.entries(steps).map(([name, v]) => `${name} ${median(v).toFixed(0)} ms`).join(', ') +
    ` (CPU, median of 3; the JSON is ${(bytes / 1e6).toFixed(1)} MB)`;
}
const steps = await breakdown();

let nativeRate = 'not run (pass the target_bench program)';
const bench = process.argv[2];
if (bench && existsSync(bench)) {
  const out = JSON.parse(execFileSync(bench, ['--benchmark_filter=BM_parse_target_hongkou$', '--benchmark_format=json',
    '--benchmark_repetitions=5'], { encoding: 'utf8' }));
  const rates = out.benchmarks.filter((b) => b.run_type === 'iteration').map((b) => b.items_per_second).sort((a, b) => a - b);
  nativeRate = millions({ median: rates[rates.length >> 1], low: rates[0], high: rates[rates.length - 1] }) +
    ' (CPU time, target_bench)';
}

const wasmFile = process.env.JIXIAO_WASM_FILE ?? here('../../../build/wasm/bindings/js/jixiao_wasm_size.wasm');
const size = existsSync(wasmFile) ? gzipSync(readFileSync(wasmFile), { level: 9 }).length : NaN;

console.log(`${TOTAL.toLocaleString('en')} targets (the ${targets.length} Hongkou targets repeated); load average ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
console.log(`  parseTargets, one call of 1 M      ${millions(wasmAll)}   goal ≥ 1 M/s`);
console.log(`  parseTargets, calls of 1,000       ${millions(wasmBatches)}   (each result dropped: no million objects kept alive)`);
console.log(`  parseTarget, one call each (100 k) ${millions(wasmOne)}`);
console.log(`  JavaScript regex, compare only     ${millions(regex)}   reads ${compares} of ${targets.length} targets as compares (${agree} as the library does); the rest it cannot read`);
console.log(`  native parse_target                ${nativeRate}`);
console.log(`  .wasm ${(size / 1024).toFixed(1)} KB gzipped (goal ≤ 200 KB)`);
console.log(`  where parseTargets' time goes: ${steps}`);
