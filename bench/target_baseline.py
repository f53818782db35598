#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""The `jixiao target` job in plain Python (re + decimal), as a baseline.

Reads one 指标值 per line from standard input and prints one canonical JSON line
per target, the same text `jixiao target` prints (target-values.md): compare,
range, trend, deadline, period, qualitative. It is written as a competent Python
user would write it: precompiled regular expressions over a copy with full-width
characters folded, decimal.Decimal for the numbers (digits kept as written),
json.dumps for the output. Error messages are simpler than jixiao's (no byte
offsets); bench/compare_target.sh compares outputs on valid targets only.

usage: target_baseline.py < targets.txt > targets.ndjson
"""

import calendar
import json
import re
import sys
from decimal import Decimal, InvalidOperation

FULL_WIDTH = str.maketrans("０１２３４５６７８９．，％（）＝＞＜＋－～\u3000",
                           "0123456789.,%()=><+-~ ")

SYMBOLS = {
    "=": "eq", "==": "eq", "≥": "ge", "≧": "ge", ">=": "ge", ">": "gt",
    "≤": "le", "≦": "le", "<=": "le", "<": "lt", "≠": "ne", "!=": "ne",
    "\\geq": "ge", "\\ge": "ge", "\\geqslant": "ge", "\\leq": "le", "\\le": "le",
    "\\leqslant": "le", "\\neq": "ne", "\\ne": "ne",
}
WORDS = {
    "不低于": "ge", "不少于": "ge", "至少": "ge", "大于等于": "ge", "达到": "ge",
    "不高于": "le", "不超过": "le", "不多于": "le", "至多": "le", "小于等于": "le",
    "大于": "gt", "高于": "gt", "超过": "gt", "超": "gt", "多于": "gt",
    "小于": "lt", "低于": "lt", "少于": "lt", "等于": "eq",
}
OPS = {**SYMBOLS, **WORDS}
DIRECTIONS = {
    "提升": "up", "提高": "up", "上升": "up", "增长": "up", "增加": "up",
    "下降": "down", "降低": "down", "减少": "down",
    "持平": "flat", "稳定": "flat", "保持": "flat",
    "下降或持平": "not_up", "持平或下降": "not_up",
    "上升或持平": "not_down", "持平或上升": "not_down",
}
BASES = {"同比": "yoy", "较上年": "yoy", "比上年": "yoy", "环比": "mom"}
PERCENT = {"%", "\\%", "百分比", "百分点"}


def alternation(words):
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


NUMBER = r"[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?"
UNIT = r"\\%|%|百分比|百分点|[^\d\s()$,~\-—至且]+?"
QUANTITY = (r"(?P<num{n}>" + NUMBER + r")\s*(?:\(\s*(?P<punit{n}>" + UNIT + r")\s*\)|(?P<unit{n}>"
            + UNIT + r"))?\s*(?:\((?P<note{n}>[^()]*)\))?")

COMPARE = re.compile(r"^(?P<op>" + alternation(OPS) + r")?\s*" + QUANTITY.replace("{n}", "0") + r"$")
RANGE = re.compile(r"^" + QUANTITY.replace("{n}", "0") + r"\s*(?:-|~|—|至)\s*" + QUANTITY.replace("{n}", "1") + r"$")
TWO_COMPARISONS = re.compile(r"^(?P<op0>" + alternation(SYMBOLS) + r")\s*" + QUANTITY.replace("{n}", "0")
                             + r"\s*(?:且|并且|,)\s*(?P<op1>" + alternation(SYMBOLS) + r")\s*"
                             + QUANTITY.replace("{n}", "1") + r"$")
TREND = re.compile(r"^(?P<basis>" + alternation(BASES) + r")?(?:有所|逐步|稳步|持续)?(?P<word>"
                   + alternation(DIRECTIONS) + r")(?:(?P<by>" + NUMBER + r")(?P<byunit>" + UNIT + r")?)?$")
PREVIOUS_YEAR = re.compile(r"^(?P<word>不高于|不超过|不低于|不少于)上年$")
DEADLINE = re.compile(r"^(?P<y>\d{4})年(?P<m>\d{1,2})月(?:(?P<d>\d{1,2})日)?(?:前)?(?:完成)?$")
PERIOD = re.compile(r"^(\d{4})\.(\d{2})\s*(?:-|~|—|至)\s*(\d{4})\.(\d{2})$")
STARTS_LIKE_A_NUMBER = re.compile(r"^\$?\s*(?:[+-]?\d|" + alternation(SYMBOLS) + r")")


def decimal_text(number):
    """The digits as written, thousands separators removed (100.00 stays 100.00)."""
    return str(Decimal(number.replace(",", "")))


def unit_of(match, n):
    unit = match.group("punit%d" % n) or match.group("unit%d" % n) or ""
    return "%" if unit in PERCENT else unit


def parse(raw):
    """One target as the dict of its canonical JSON."""
    text = raw.translate(FULL_WIDTH).strip()
    if text.startswith("$") and text.endswith("$") and len(text) > 1:
        text = text[1:-1].strip()
    if not text:
        return {"raw": raw, "kind": "invalid", "error": "empty target"}
    try:
        m = PERIOD.match(text)
        if m:
            return {"raw": raw, "kind": "period", "start": "%s-%s" % m.group(1, 2), "end": "%s-%s" % m.group(3, 4)}
        m = DEADLINE.match(text)
        if m:
            y, mo = int(m.group("y")), int(m.group("m"))
            d = int(m.group("d")) if m.group("d") else calendar.monthrange(y, mo)[1]
            return {"raw": raw, "kind": "deadline", "date": "%04d-%02d-%02d" % (y, mo, d)}
        m = COMPARE.match(text)
        if m:
            result = {"raw": raw, "kind": "compare", "op": OPS[m.group("op")] if m.group("op") else "eq",
                      "value": decimal_text(m.group("num0")), "unit": unit_of(m, 0)}
            if m.group("note0"):
                result["note"] = m.group("note0").strip()
            return result
        m = RANGE.match(text)
        if m:
            return {"raw": raw, "kind": "range", "low": decimal_text(m.group("num0")),
                    "high": decimal_text(m.group("num1")), "unit": unit_of(m, 0) or unit_of(m, 1)}
        m = TWO_COMPARISONS.match(text)
        if m and {SYMBOLS[m.group("op0")], SYMBOLS[m.group("op1")]} == {"ge", "le"}:
            low, high = (0, 1) if SYMBOLS[m.group("op0")] == "ge" else (1, 0)
            return {"raw": raw, "kind": "range", "low": decimal_text(m.group("num%d" % low)),
                    "high": decimal_text(m.group("num%d" % high)), "unit": unit_of(m, 0) or unit_of(m, 1)}
        m = PREVIOUS_YEAR.match(text)
        if m:
            direction = "not_up" if m.group("word") in ("不高于", "不超过") else "not_down"
            return {"raw": raw, "kind": "trend", "direction": direction, "basis": "yoy"}
        m = TREND.match(text)
        if m:
            result = {"raw": raw, "kind": "trend", "direction": DIRECTIONS[m.group("word")],
                      "basis": BASES.get(m.group("basis"), "none")}
            if m.group("by"):
                unit = m.group("byunit") or ""
                result["by"] = {"value": decimal_text(m.group("by")), "unit": "%" if unit in PERCENT else unit}
            return result
    except (InvalidOperation, ValueError, KeyError) as error:
        return {"raw": raw, "kind": "invalid", "error": str(error)}
    if STARTS_LIKE_A_NUMBER.match(text):
        return {"raw": raw, "kind": "invalid", "error": "malformed target"}
    return {"raw": raw, "kind": "qualitative", "term": raw.strip(" \t\r\n\u3000")}


def main():
    data = sys.stdin.buffer.read().decode("utf-8", errors="replace")
    lines = data.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    out = []
    all_valid = True
    for line in lines:
        if line.endswith("\r"):
            line = line[:-1]
        target = parse(line)
        all_valid &= target["kind"] != "invalid"
        out.append(json.dumps(target, ensure_ascii=False, separators=(",", ":")))
    sys.stdout.write("\n".join(out) + ("\n" if out else ""))
    return 0 if all_valid else 1


if __name__ == "__main__":
    sys.exit(main())
