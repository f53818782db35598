// SPDX-License-Identifier: Apache-2.0
// The live 指标值 checker: parses as one types, shows the reading, the canonical
// form and, for an error, the offending character underlined with what was
// expected, in Chinese. Table mode checks a pasted column.
import { load, parseTarget, parseTargets, canonical } from '../index.js';

const OPS = { eq: '等于', ne: '不等于', gt: '大于', ge: '不低于', lt: '小于', le: '不高于' };
const DIRECTIONS = { up: '上升', down: '下降', flat: '持平', not_up: '下降或持平', not_down: '上升或持平' };
const BASES = { none: '', yoy: '同比', mom: '环比' };
const KINDS = { compare: '比较', range: '区间', trend: '趋势', deadline: '期限', period: '期间', qualitative: '定性', invalid: '错误' };

// What the grammar expected (target-values.md), in Chinese; an expectation not
// listed here is shown as the grammar words it.
const EXPECTED = {
  'a number after the comparator': '比较符号后应为数字',
  'a number, not a second comparator': '此处应为数字，不应再有比较符号',
  'a number after the range separator': '区间分隔符后应为数字',
  'a comparison after the joiner': '“且”之后应为另一个比较',
  'a digit after the sign (the sign is doubled)': '符号重复，符号后应为数字',
  'a digit after the thousands separator': '千位分隔符后应为数字',
  'a thousands separator only after a group of three digits': '千位分隔符只能出现在三位数字之后',
  'three digits after the thousands separator': '千位分隔符后应为三位数字',
  'a thousands separator or the end of the number': '此处应为千位分隔符或数字结束',
  'a digit after the decimal point': '小数点后应为数字',
  'the closing $': '缺少结尾的 $',
  'the end of the target': '此处应结束（多余的内容）',
  'a high end not below the low end': '区间上限不应小于下限',
  'at most one note': '最多一个括号说明',
  'a valid calendar date': '应为有效日期',
  'valid UTF-8': '应为有效的 UTF-8 文本',
  'a number, a comparison, a trend, a date or a term': '指标值为空：应为数字、比较、趋势、日期或定性词',
  'a target': '应为指标值',
};

export function expectedInChinese(expected) {
  if (EXPECTED[expected]) return EXPECTED[expected];
  if (expected.startsWith('the unit of the other end')) return `两端单位应一致${expected.slice(25)}`;
  if (expected.startsWith('no 以上/以下')) return '“以上/以下”与比较符号矛盾';
  return expected;
}

function unit(u) { return u ? ` ${u}` : ''; }

export function reading(t) {
  switch (t.kind) {
    case 'compare': return `比较：${OPS[t.op]} ${t.value}${unit(t.unit)}${t.note ? `（${t.note}）` : ''}`;
    case 'range': return `区间：${t.low} 至 ${t.high}${unit(t.unit)}（含两端）`;
    case 'trend': return `趋势：${BASES[t.basis]}${DIRECTIONS[t.direction]}${t.by ? ` ${t.by.value}${t.by.unit}` : ''}`;
    case 'deadline': return `期限：${t.date} 前完成`;
    case 'period': return `期间：${t.start} 至 ${t.end}`;
    case 'qualitative': return `定性：${t.term}`;
    default: return '无法解析';
  }
}

// The raw text with the character at the error underlined (or a marker at the end
// when something is missing there).
function showError(target, into) {
  into.replaceChildren();
  const at = target.utf16Offset;
  const cp = target.raw.codePointAt(at);
  const before = target.raw.slice(0, at);
  into.append(before);
  const mark = document.createElement('span');
  if (cp === undefined) {
    mark.className = 'missing';
    mark.textContent = '▯';
    mark.title = '此处缺少内容';
  } else {
    mark.className = 'offending';
    mark.textContent = String.fromCodePoint(cp);
  }
  into.append(mark, target.raw.slice(at + (cp > 0xffff ? 2 : cp === undefined ? 0 : 1)));
}

function checkOne() {
  const input = document.getElementById('target');
  const t = parseTarget(input.value);
  const shown = document.getElementById('shown');
  document.getElementById('reading').textContent = reading(t);
  input.classList.toggle('ok', t.kind !== 'invalid');
  input.classList.toggle('bad', t.kind === 'invalid');
  if (t.kind === 'invalid') {
    document.getElementById('canonical').textContent = '—';
    showError(t, shown);
    document.getElementById('expected').textContent = `第 ${t.utf16Offset + 1} 个字符：${expectedInChinese(t.expected)}`;
  } else {
    document.getElementById('canonical').textContent = canonical(input.value);
    shown.textContent = t.raw;
    document.getElementById('expected').textContent = '';
  }
}

function checkColumn() {
  const lines = document.getElementById('column').value.split(/\r?\n/);
  while (lines.length && lines[lines.length - 1] === '') lines.pop();
  const targets = parseTargets(lines);
  const rows = document.getElementById('rows');
  rows.replaceChildren();
  let invalid = 0;
  targets.forEach((t, i) => {
    const tr = document.createElement('tr');
    const bad = t.kind === 'invalid';
    if (bad) { tr.className = 'invalid'; ++invalid; }
    const cells = [String(i + 1), t.raw, KINDS[t.kind], bad ? '—' : canonical(t.raw),
                   bad ? `第 ${t.utf16Offset + 1} 个字符：${expectedInChinese(t.expected)}` : ''];
    for (const text of cells) {
      const td = document.createElement('td');
      td.textContent = text;
      tr.append(td);
    }
    rows.append(tr);
  });
  document.getElementById('summary').textContent = `共 ${targets.length} 个指标值，${invalid} 个无法解析`;
}

function mode(table) {
  document.getElementById('single').hidden = table;
  document.getElementById('table').hidden = !table;
  document.getElementById('mode-single').setAttribute('aria-pressed', String(!table));
  document.getElementById('mode-table').setAttribute('aria-pressed', String(table));
}

await load();
document.getElementById('target').addEventListener('input', checkOne);
document.getElementById('column').addEventListener('input', checkColumn);
document.getElementById('mode-single').addEventListener('click', () => mode(false));
document.getElementById('mode-table').addEventListener('click', () => mode(true));
document.body.dataset.ready = 'true';
