// SPDX-License-Identifier: Apache-2.0
// jixiao: the 指标值 parser, evaluate() and exact money of the C++ library, as one
// WebAssembly module (dist/jixiao_wasm.mjs, built by `cmake --preset wasm`).
// Text crosses as UTF-8; parseTarget gives the very object `jixiao target` prints.
import createJixiaoModule from './dist/jixiao_wasm.mjs';

let wasm = null;
let loading = null;
const encoder = new TextEncoder();
const decoder = new TextDecoder();
const FIELD = '\x1f';

/** Loads the WebAssembly module once; every other function needs it loaded. */
export async function load() {
  if (!wasm) {
    loading ??= createJixiaoModule();
    wasm = await loading;
  }
  return { parseTarget, parseTargets, canonical, evaluate, parseAmount, toWan, amountToChinese };
}

function module() {
  if (!wasm) throw new Error('jixiao: call `await load()` first');
  return wasm;
}

function text(value, what) {
  if (typeof value !== 'string') throw new TypeError(`jixiao: ${what} must be a string, not ${typeof value}`);
  return value;
}

// Writes `parts` one after another into the module's input buffer (UTF-8); returns
// their byte lengths.
function put(...parts) {
  const m = module();
  let room = 0;
  for (const s of parts) room += s.length * 3;  // UTF-8 takes at most 3 bytes per UTF-16 unit
  let at = m._jxw_input(room);
  const sizes = [];
  for (const s of parts) {
    const { written } = encoder.encodeInto(s, m.HEAPU8.subarray(at, at + s.length * 3));
    sizes.push(written);
    at += written;
  }
  return sizes;
}

function result(size) {
  const m = module();
  const at = m._jxw_output();
  return decoder.decode(m.HEAPU8.subarray(at, at + size));
}

/** The UTF-16 index in `str` of the character at UTF-8 byte `byteOffset`. */
export function utf16Offset(str, byteOffset) {
  let bytes = 0;
  let i = 0;
  while (i < str.length && bytes < byteOffset) {
    const c = str.codePointAt(i);
    bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
    i += c > 0xffff ? 2 : 1;
  }
  return i;
}

// An invalid target's UTF-16 offset, as a property JSON.stringify leaves out (so
// the JSON stays byte for byte that of `jixiao target`).
function withUtf16Offset(target) {
  if (target.kind === 'invalid') {
    Object.defineProperty(target, 'utf16Offset', { value: utf16Offset(target.raw, target.offset), enumerable: false });
  }
  return target;
}

/** An error with where it is: `offset` in UTF-8 bytes, `utf16Offset` in JavaScript string units. */
export class JixiaoError extends Error {
  constructor(message, input, offset, expected) {
    super(message);
    this.name = 'JixiaoError';
    this.input = input;
    this.offset = offset;
    this.utf16Offset = offset === undefined ? undefined : utf16Offset(input, offset);
    this.expected = expected;
  }
}

function fields(size, input) {
  const f = result(size).split(FIELD);
  if (f[0] === 'error') throw new JixiaoError(f[1], input, f[2] === '' ? undefined : Number(f[2]), f[3]);
  return f;
}

/** Parses one 指标值: {raw, kind, …} as target-values.md and `jixiao target` give it. */
export function parseTarget(raw) {
  const out = result(module()._jxw_target(put(text(raw, 'a target'))[0]));
  return withUtf16Offset(JSON.parse(out.slice(0, out.indexOf('\n'))));
}

/** The canonical (Shanghai) form: `≥ 90%` → `≥90(%)`; an invalid target gives its raw text. */
export function canonical(raw) {
  const out = result(module()._jxw_target(put(text(raw, 'a target'))[0]));
  return out.slice(out.indexOf('\n') + 1);
}

/** Parses many targets in one call (one crossing into WebAssembly for all of them). */
export function parseTargets(lines) {
  if (!Array.isArray(lines)) throw new TypeError('jixiao: parseTargets takes an array of strings');
  if (lines.length === 0) return [];
  for (const line of lines) {
    if (text(line, 'each target').includes('\n')) throw new TypeError('jixiao: a target holds no line break');
  }
  const targets = JSON.parse(result(module()._jxw_targets(put(lines.join('\n'))[0])));
  for (const t of targets) if (t.kind === 'invalid') withUtf16Offset(t);
  return targets;
}

/**
 * Does `actual` meet `target`? `target` is the 指标值 text (or an object from
 * parseTarget); `actual` is text read by the target's kind (a number, a trend word
 * or "previous,current", a date, a grade); `unit` is the actual's unit ("" for the
 * target's). Gives {verdict, degree?, grade?, reason}; a malformed actual throws.
 */
export function evaluate(target, actual, unit = '') {
  const raw = typeof target === 'object' && target !== null ? target.raw : target;
  const [t, a, u] = put(text(raw, 'the target'), text(actual, 'the actual'), text(unit, 'the unit'));
  const f = fields(module()._jxw_evaluate(t, a, u), actual);
  const evaluation = { verdict: f[1] };
  if (f[2] !== '') evaluation.degree = f[2];
  if (f[3] !== '') evaluation.grade = f[3];
  evaluation.reason = f[4];
  return evaluation;
}

/**
 * Parses an amount exactly (money.md: 1,409.50, ¥…, full-width digits, 349.80万元):
 * {raw, value (元), wan (万元), chinese (人民币大写)}, as `jixiao amount` prints it.
 * With {wan: true} a bare number is in 万元. A malformed amount throws JixiaoError.
 */
export function parseAmount(raw, { wan = false } = {}) {
  text(raw, 'an amount (a string: a JavaScript number is binary floating point)');
  const f = fields(module()._jxw_amount(put(raw)[0], wan ? 1 : 0), raw);
  return { raw, value: f[1], wan: f[2], chinese: f[3] };
}

/** The amount in 万元, exact to 6 decimals: "1,409.50" → "0.140950". */
export function toWan(raw) {
  return parseAmount(raw).wan;
}

/** The amount in capitals (人民币大写): "1,409.50" → "人民币壹仟肆佰零玖元伍角". */
export function amountToChinese(raw) {
  return parseAmount(raw).chinese;
}
