// SPDX-License-Identifier: Apache-2.0
// The targets the package is checked on: every 指标值 of the Hongkou golden
// readings and of the real documents' golden readings (tests/data/golden), plus
// hand-made edge cases, and the native program to compare with.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';

export const dataDir = process.env.JIXIAO_DATA ?? new URL('../../../tests/data', import.meta.url).pathname;
export const nativeCli = process.env.JIXIAO_NATIVE_CLI ?? new URL('../../../build/release/jixiao', import.meta.url).pathname;

// The values of column `name` of a TSV file with a header line.
function column(file, name) {
  const [header, ...rows] = readFileSync(file, 'utf8').split('\n').filter((l) => l !== '');
  const at = header.split('\t').indexOf(name);
  if (at < 0) throw new Error(`${file}: no column ${name}`);
  return rows.map((r) => r.split('\t')[at] ?? '');
}

export function hongkouTargets() {
  return column(join(dataDir, 'golden/hongkou-court-2024.indicators.tsv'), 'raw');
}

export function realTargets() {
  const dir = join(dataDir, 'golden/real');
  const out = [];
  for (const f of readdirSync(dir).sort()) {
    if (!f.endsWith('.tsv')) continue;
    const header = readFileSync(join(dir, f), 'utf8').split('\n')[0].split('\t');
    if (header.includes('target')) out.push(...column(join(dir, f), 'target'));
  }
  return out;
}

// Forms the grammar rejects or that stress the JSON: invalid ones, escapes, astral
// characters (two UTF-16 units), full-width forms, LaTeX.
export const edgeTargets = [
  '≥', '90%-', '≥≥90%', '1..5', '', '   ', '≥90%且', '$\\geq 98.70\\%$', '＞＝９０．５％',
  '𠀀≥', '合规"引号"\\', 'tab\there', '\u0001控制', '45%-60%', '14-24℃', '≥90%且≤95%',
  '同比增长5%', '下降或持平', '2024年12月31日前完成', '2023.07-2024.01', '≤6.00 (小时)',
  '≥1,000.5万元', '=0.00(次)', '100%', '≥90.00(%)（注）', '2024年2月30日前完成', '60%-45%',
];

export function allTargets() {
  return [...hongkouTargets(), ...realTargets(), ...edgeTargets];
}

// `jixiao VERB` with the values on standard input, one per line: its output lines.
export function native(verb, values, ...options) {
  if (!existsSync(nativeCli)) {
    throw new Error(`${nativeCli}: no native jixiao program (build it: cmake --preset release && cmake --build --preset release)`);
  }
  const run = spawnSync(nativeCli, [verb, ...options], { input: values.join('\n') + '\n', encoding: 'utf8', maxBuffer: 1 << 28 });
  if (run.status !== 0 && run.status !== 1) throw new Error(`${nativeCli} ${verb}: exit ${run.status}: ${run.stderr}`);
  const lines = run.stdout.split('\n');
  lines.pop();  // after the last '\n'
  return lines;
}
