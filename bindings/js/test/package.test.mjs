// SPDX-License-Identifier: Apache-2.0
// The package's own tests under node: every target of the golden data byte for
// byte as `jixiao target` prints it, the batch call, offsets in UTF-16, evaluate,
// amounts against `jixiao amount`, and the size of the .wasm.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

import * as jixiao from '../index.js';
import { allTargets, hongkouTargets, realTargets, native } from './corpus.mjs';

await jixiao.load();

test('the golden data has targets to check', () => {
  assert.ok(hongkouTargets().length >= 100, 'Hongkou targets');
  assert.ok(realTargets().length >= 20, 'real documents targets');
});

test('parseTarget: the JSON of jixiao target, byte for byte, for every target', () => {
  const targets = allTargets();
  const expected = native('target', targets);
  assert.equal(expected.length, targets.length);
  for (let i = 0; i < targets.length; ++i) {
    assert.equal(JSON.stringify(jixiao.parseTarget(targets[i])), expected[i], `target ${JSON.stringify(targets[i])}`);
  }
});

test('parseTargets: the same objects in one call', () => {
  const targets = allTargets();
  const expected = native('target', targets);
  const got = jixiao.parseTargets(targets).map((t) => JSON.stringify(t));
  assert.deepEqual(got, expected);
  assert.deepEqual(jixiao.parseTargets([]), []);
  assert.throws(() => jixiao.parseTargets(['a\nb']), TypeError);
  assert.throws(() => jixiao.parseTargets('≥90%'), TypeError);
});

test('canonical: the form jixiao target --canonical prints', () => {
  const targets = allTargets().filter((t) => !t.includes('\n'));
  const expected = native('target', targets, '--canonical');
  assert.deepEqual(targets.map((t) => jixiao.canonical(t)), expected);
});

test('an invalid target names its place in bytes and in UTF-16 units', () => {
  // 😀 is 4 bytes of UTF-8 and 2 units of UTF-16: the error after it is at byte 6, unit 4
  const t = jixiao.parseTarget('90😀%-');
  assert.equal(t.kind, 'invalid');
  assert.equal(t.offset, 6);
  assert.equal(t.utf16Offset, 4);
  assert.equal(t.raw.slice(t.utf16Offset), '%-');
  assert.ok(!Object.keys(t).includes('utf16Offset'), 'not in the JSON');
  const dangling = jixiao.parseTarget('≥');
  assert.equal(dangling.offset, 3);
  assert.equal(dangling.utf16Offset, 1);
  assert.equal(dangling.expected, 'a number after the comparator');
  const batch = jixiao.parseTargets(['合规', '≥']);
  assert.equal(batch[1].utf16Offset, 1);
  assert.equal(jixiao.utf16Offset('𠀀x', 4), 2);
});

test('evaluate: verdict, degree and reason', () => {
  const met = jixiao.evaluate('≥90%', '93.5');
  assert.equal(met.verdict, 'met');
  assert.equal(met.degree, '1.0388888889');
  assert.match(met.reason, /达到/);
  assert.equal(jixiao.evaluate('≥90%', '80', '%').verdict, 'not_met');
  assert.equal(jixiao.evaluate('≥90%', '93', '个').verdict, 'not_comparable');
  assert.equal(jixiao.evaluate(jixiao.parseTarget('提升'), '上升').verdict, 'met');
  assert.equal(jixiao.evaluate('下降', '10,12').verdict, 'not_met');
  const partial = jixiao.evaluate('合规', '部分达成');
  assert.equal(partial.grade, 'partial');
  assert.equal(partial.degree, '0.7000000000');
  assert.equal(jixiao.evaluate('2024年12月31日前完成', '2024-11-30').verdict, 'met');
  // "9x" is 9 in the unit "x" (not comparable with %); "约90" is no number at all.
  assert.equal(jixiao.evaluate('≥90%', '9x').verdict, 'not_comparable');
  assert.throws(() => jixiao.evaluate('≥90%', '约90'),
                (e) => e instanceof jixiao.JixiaoError && /不是数值/.test(e.message));
  assert.throws(() => jixiao.evaluate('≥90%', 93), TypeError);
});

test('parseAmount, toWan, amountToChinese: what jixiao amount prints', () => {
  const amounts = ['1,409.50', '349.80万元', '¥12,780,000.00', '１２３.４５', '1.5亿元', '-0.05', '0'];
  const expected = native('amount', amounts).map((l) => JSON.parse(l));
  assert.deepEqual(amounts.map((a) => jixiao.parseAmount(a)), expected);
  assert.equal(jixiao.toWan('1,409.50'), '0.140950');
  assert.equal(jixiao.amountToChinese('1,409.50'), '人民币壹仟肆佰零玖元伍角');
  assert.equal(jixiao.parseAmount('89.974000', { wan: true }).value, '899740.00');
  assert.deepEqual(jixiao.parseAmount('89.97', { wan: true }), JSON.parse(native('amount', ['89.97'], '--wan')[0]));
});

test('a malformed amount is an error at its place, never 0', () => {
  for (const bad of ['12..5', '1.005', '', '万元', '１２x']) {
    const [line] = native('amount', [bad]);
    const want = JSON.parse(line);
    assert.throws(() => jixiao.parseAmount(bad), (e) => {
      assert.ok(e instanceof jixiao.JixiaoError);
      assert.equal(e.message, want.error);
      assert.equal(e.offset, want.offset);
      assert.equal(e.expected, want.expected);
      assert.equal(new TextEncoder().encode(bad.slice(0, e.utf16Offset)).length, e.offset);
      return true;
    }, bad);
  }
  assert.throws(() => jixiao.parseAmount(1409.5), TypeError);
});

test('the .wasm is at most 200 KB gzipped', () => {
  const file = process.env.JIXIAO_WASM_FILE ?? new URL('../../../build/wasm/bindings/js/jixiao_wasm_size.wasm', import.meta.url).pathname;
  const size = gzipSync(readFileSync(file), { level: 9 }).length;
  assert.ok(size <= 200 * 1024, `${size} bytes gzipped`);
});
