# SPDX-License-Identifier: Apache-2.0
"""Property test of jixiao's exact money against Python's decimal module.

Random amounts under a fixed seed (printed; JIXIAO_PROPERTY_SEED changes it,
JIXIAO_PROPERTY_CASES the number of cases per property) go through the
money_oracle driver (tests/property/money_oracle.cpp) in one process per
property; every answer is checked against decimal.Decimal arithmetic.

usage: python3 test_money_property.py PATH/TO/money_oracle [unittest args]
"""

import decimal
import os
import random
import re
import subprocess
import sys
import unittest
from decimal import ROUND_DOWN, ROUND_HALF_EVEN, ROUND_HALF_UP, Decimal

ORACLE = None  # set from argv in __main__
SEED = int(os.environ.get("JIXIAO_PROPERTY_SEED", "20241126"))
CASES = int(os.environ.get("JIXIAO_PROPERTY_CASES", "3000"))

# Far more digits than any value here has: every operation below is exact except
# division, whose quotient is then correct to 200 digits (a tie of a quotient with
# a 64-bit divisor is a terminating decimal well within that).
decimal.setcontext(decimal.Context(prec=200, rounding=ROUND_HALF_EVEN,
                                   traps=[decimal.InvalidOperation, decimal.DivisionByZero]))

MAX_FEN = 2**63 - 1
MIN_FEN = -(2**63)
MODES = {"half_up": ROUND_HALF_UP, "half_even": ROUND_HALF_EVEN, "down": ROUND_DOWN}
FULL_WIDTH = str.maketrans("0123456789,.-+", "０１２３４５６７８９，．－＋")


def ask(commands):
    """Runs the oracle over tab-separated commands; returns one field list each."""
    text = "".join("\t".join(c) + "\n" for c in commands)
    done = subprocess.run([ORACLE], input=text.encode("utf-8"), stdout=subprocess.PIPE, check=True, timeout=240)
    lines = done.stdout.decode("utf-8").split("\n")[:-1]
    assert len(lines) == len(commands), (len(lines), len(commands))
    return [line.split("\t") for line in lines]


def plain(value, places):
    """Decimal → fixed-point text without exponent and without a negative zero."""
    q = value.quantize(Decimal(1).scaleb(-places)) if places >= 0 else value
    if q == 0:
        q = q.copy_abs()
    return format(q, "f")


def yuan_text(fen):
    return plain(Decimal(fen) / 100, 2)


def thousands_text(fen):
    return format(Decimal(fen) / 100, ",.2f")


def wan_text(fen):
    return plain(Decimal(fen) / 10**6, 6)


def in_range(fen):
    return MIN_FEN <= fen <= MAX_FEN


def random_fen(rng):
    """Amounts of every size: mostly budget-like, some near the int64 limits."""
    pick = rng.random()
    if pick < 0.05:
        return rng.choice([0, 1, -1, MAX_FEN, MIN_FEN, MAX_FEN - rng.randrange(1000), MIN_FEN + rng.randrange(1000)])
    digits = rng.randint(1, 19)
    fen = rng.randrange(10**digits)
    if rng.random() < 0.3:
        fen -= fen % 100  # whole 元, as most budget amounts are
    fen = min(fen, MAX_FEN)
    return -fen if rng.random() < 0.3 else fen


def written_forms(rng, fen):
    """A random spelling of the amount that money.md says must parse to it."""
    sign = "-" if fen < 0 else ""
    magnitude = abs(fen)
    style = rng.randrange(7)
    if style == 0:
        text = yuan_text(magnitude)
    elif style == 1:
        text = format(Decimal(magnitude) / 100, ",.2f")
    elif style == 2:  # fewest decimals: 1409.5, 1409
        text = format((Decimal(magnitude) / 100).normalize(), "f") if magnitude else "0"
        if "E" in text or "e" in text:
            text = format(Decimal(magnitude) / 100, "f")
    elif style == 3:
        text = yuan_text(magnitude) + "0" * rng.randint(1, 6)  # zeros below the 分 lose nothing
    elif style == 4:
        text = (wan_text(magnitude).rstrip("0").rstrip(".") or "0") + rng.choice(["万元", "万"])
    elif style == 5:
        text = yuan_text(magnitude).translate(FULL_WIDTH)
    else:
        text = format(Decimal(magnitude) / 100, ",.2f").translate(FULL_WIDTH)
    if rng.random() < 0.2:
        return rng.choice(["¥", "￥"]) + sign + text
    return sign + text


AMOUNT = re.compile(
    r"^[ \t]*(?:([+-])?(?:¥|￥)?|(?:¥|￥)([+-]))"
    r"(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?[ \t]*(万元|万|亿元|亿|元)?[ \t]*$",
    re.ASCII)
UNIT_EXPONENT = {None: 2, "元": 2, "万": 6, "万元": 6, "亿": 10, "亿元": 10}


def expected_amount(text, default_exponent=2):
    """money.md's grammar, independently: the 分 for valid text, else None."""
    m = AMOUNT.match(text)
    if not m:
        return None
    sign = m.group(1) or m.group(2) or "+"
    integer = m.group(3).replace(",", "")
    fraction = m.group(4) or ""
    if len(fraction) > 18 and fraction[18:].strip("0"):
        return None
    exponent = UNIT_EXPONENT[m.group(5)] if m.group(5) else default_exponent
    value = Decimal(integer + ("." + fraction if fraction else "")) * Decimal(10) ** exponent
    fen = int(value) * (-1 if sign == "-" else 1)
    lost = value != value.to_integral_value()  # a digit below the 分
    if lost and not in_range(fen):
        return "either"  # both wrong: a parse or an overflow error will do
    if lost:
        return None
    return fen if in_range(fen) else "overflow"


CAPITAL_DIGITS = "零壹贰叁肆伍陆柒捌玖"
SMALL_UNITS = {"拾": 10, "佰": 100, "仟": 1000}


def read_capital(text):
    """人民币大写 back to 分, read the other way round (value by value, not by
    position), so it shares nothing with the writer but the rules of money.md."""
    assert text.startswith("人民币"), text
    body = text[len("人民币"):]
    sign = 1
    if body.startswith("负"):
        sign, body = -1, body[1:]
    total = section = small = 0  # 亿 part, 万 part, current 4-digit part
    digit = None
    fen = 0
    for ch in body:
        if ch in CAPITAL_DIGITS:
            digit = CAPITAL_DIGITS.index(ch)
        elif ch in SMALL_UNITS:
            small += digit * SMALL_UNITS[ch]
            digit = None
        elif ch == "万":
            section = (section + small + (digit or 0)) * 10**4
            small, digit = 0, None
        elif ch == "亿":
            total = (total + section + small + (digit or 0)) * 10**8
            section = small = 0
            digit = None
        elif ch == "元":
            fen += (total + section + small + (digit or 0)) * 100
            digit = None
        elif ch == "角":
            fen += digit * 10
            digit = None
        elif ch == "分":
            fen += digit
            digit = None
        elif ch == "整":
            pass
        else:
            raise AssertionError(f"unexpected {ch!r} in {text}")
    return sign * fen


def spelling_problems(fen, text):
    """The fixed spellings of money.md that a round trip cannot see."""
    problems = []
    magnitude = abs(fen)
    yuan, jiao, cents = magnitude // 100, magnitude // 10 % 10, magnitude % 10
    body = text[len("人民币"):]
    if body.startswith("负") != (fen < 0):
        problems.append("负 iff negative")
    if "零零" in body:
        problems.append("a run of zeros is one 零")
    for i, ch in enumerate(body):
        if ch == "零" and magnitude and (i + 1 == len(body) or body[i + 1] not in CAPITAL_DIGITS[1:]):
            problems.append("零 is followed by a non-zero digit")
        if ch == "拾" and (i == 0 or body[i - 1] not in CAPITAL_DIGITS[1:]):
            problems.append("拾 has its digit (壹拾)")
        if ch in "万亿" and body[i + 1:i + 2] == "零" and body[i + 3:i + 4] == "仟":
            # Wrong when that 仟 is the top digit of the very next group: after 万
            # always, after 亿 when the group is the 万 group (壹亿零壹仟万 is
            # wrong, 壹亿零壹仟元 right: a whole zero 万 group lies between).
            rest = body[i + 4:]
            next_marker = min((rest.index(u) for u in "万亿元" if u in rest), default=len(rest))
            if ch == "万" or rest[next_marker:next_marker + 1] == "万":
                problems.append("no 零 between 万/亿 and a thousands digit")
    if body.endswith("整") != (magnitude % 100 == 0):
        problems.append("整 iff no 角 and 分")
    if magnitude == 0 and body != "零元整":
        problems.append("zero is 零元整")
    if 0 < magnitude < 100 and "元" in body:
        problems.append("cents only: no 元")
    if yuan and (jiao or cents):
        after = body[body.index("元") + 1:]
        wants_zero = yuan % 10 == 0 or jiao == 0
        if after.startswith("零") != wants_zero:
            problems.append("零 after 元 iff the 元 digit or the 角 is 0")
    return problems


class MoneyProperties(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        print(f"\nmoney property test: seed {SEED} (JIXIAO_PROPERTY_SEED), {CASES} cases per property",
              file=sys.stderr)

    def rng(self, salt):
        return random.Random(f"{SEED}:{salt}")

    def test_parse_format_round_trip(self):
        rng = self.rng("round trip")
        fens = [random_fen(rng) for _ in range(CASES)]
        texts = [written_forms(rng, fen) for fen in fens]
        for fen, text, answer in zip(fens, texts, ask([("parse", t) for t in texts])):
            with self.subTest(text=text):
                self.assertEqual(answer, ["ok", yuan_text(fen), thousands_text(fen), wan_text(fen)])
        # The printed forms parse back to the same amount.
        printed = [a for fen in fens for a in (yuan_text(fen), thousands_text(fen))]
        for text, answer in zip(printed, ask([("parse", t) for t in printed])):
            with self.subTest(text=text):
                self.assertEqual(answer[0], "ok")
                self.assertEqual(Decimal(answer[1]), Decimal(text.replace(",", "")))

    def test_malformed_amounts_are_errors_never_zero(self):
        rng = self.rng("mutations")
        alphabet = "0123456789,.-+e ¥x"
        texts = []
        for _ in range(CASES):
            text = rng.choice([yuan_text(random_fen(rng)), thousands_text(random_fen(rng))])
            for _ in range(rng.randint(1, 3)):
                i = rng.randrange(len(text) + 1)
                action = rng.randrange(3)
                if action == 0:
                    text = text[:i] + rng.choice(alphabet) + text[i:]
                elif action == 1 and i < len(text):
                    text = text[:i] + text[i + 1:]
                elif i < len(text):
                    text = text[:i] + text[i] + text[i:]
            if rng.random() < 0.1:
                text += rng.choice(["万元", "元", "亿", "万万"])
            texts.append(text)
        texts += ["", ",", ".", "1,2,3", "12..5", "1e5", "--1", "¥", "1.005", "1,2345"]
        bad = 0
        for text, answer in zip(texts, ask([("parse", t) for t in texts])):
            expected = expected_amount(text)
            with self.subTest(text=text, expected=expected):
                if expected is None:
                    bad += 1
                    self.assertEqual(answer[:2], ["err", "parse"])
                    self.assertLessEqual(int(answer[2]), len(text.encode("utf-8")))
                elif expected == "overflow":
                    self.assertEqual(answer[:2], ["err", "overflow"])
                elif expected == "either":
                    self.assertEqual(answer[0], "err")
                else:
                    self.assertEqual(answer[0], "ok")
                    self.assertEqual(answer[1], yuan_text(expected))
        self.assertGreater(bad, len(texts) // 4)  # the mutations really made bad input

    def test_chinese_capital_amounts(self):
        rng = self.rng("chinese")
        fens = [0, 1, -1, 5, 50, 100, 1000, 10**6, 10**10, 10**14, 10**17, MAX_FEN, MIN_FEN]
        for _ in range(CASES):
            # Digits that are mostly zeros exercise the 零 rules; some all random.
            digits = rng.randint(1, 19)
            zero_rate = rng.choice([0.0, 0.5, 0.8])
            text = "".join("0" if rng.random() < zero_rate else str(rng.randint(1, 9)) for _ in range(digits))
            fen = min(int(text), MAX_FEN)
            fens.append(-fen if rng.random() < 0.2 else fen)
        for fen, answer in zip(fens, ask([("chinese", str(f)) for f in fens])):
            with self.subTest(fen=fen, text=answer[1]):
                self.assertEqual(answer[0], "ok")
                self.assertEqual(read_capital(answer[1]), fen)
                self.assertEqual(spelling_problems(fen, answer[1]), [])

    def test_sums(self):
        rng = self.rng("sums")
        lists = []
        for _ in range(CASES // 3):
            n = rng.randint(1, 40)
            big = rng.random() < 0.2
            lists.append([random_fen(rng) if big else random_fen(rng) // 10**rng.randint(0, 12) for _ in range(n)])
        answers = ask([("sum", *[yuan_text(f) for f in fens]) for fens in lists])
        overflows = 0
        for fens, answer in zip(lists, answers):
            total = sum(fens)
            with self.subTest(fens=fens):
                if in_range(total):
                    self.assertEqual(answer, ["ok", yuan_text(total)])
                else:
                    overflows += 1
                    self.assertEqual(answer, ["err", "overflow"])
        self.assertGreater(overflows, 0)

    def test_wan_conversion(self):
        rng = self.rng("wan")
        cases = []
        for _ in range(CASES):
            scale = rng.randint(0, 9)
            digits = rng.randint(1, 18)
            mantissa = rng.randrange(10**digits) * rng.choice([1, -1])
            cases.append(plain(Decimal(mantissa).scaleb(-scale), scale))
        for text, answer in zip(cases, ask([("parse_wan", t) for t in cases])):
            value = Decimal(text) * 10**6
            with self.subTest(text=text):
                if value != value.to_integral_value():
                    self.assertEqual(answer[:2], ["err", "parse"])
                elif not in_range(int(value)):
                    self.assertEqual(answer[:2], ["err", "overflow"])
                else:
                    self.assertEqual(answer, ["ok", yuan_text(int(value)), thousands_text(int(value)),
                                              wan_text(int(value))])
        commands = [("from_wan", t, mode) for t in cases for mode in ("half_up", "half_even", "down")]
        for (_, text, mode), answer in zip(commands, ask(commands)):
            fen = (Decimal(text) * 10**6).quantize(Decimal(1), rounding=MODES[mode])
            with self.subTest(text=text, mode=mode):
                if in_range(int(fen)):
                    self.assertEqual(answer, ["ok", yuan_text(int(fen))])
                else:
                    self.assertEqual(answer, ["err", "overflow"])

    def test_rounding_to_fewer_decimals(self):
        rng = self.rng("rounding")
        commands = []
        for _ in range(CASES):
            scale = rng.randint(1, 18)
            digits = rng.randint(1, 18)
            mantissa = rng.randrange(10**digits)
            new_scale = rng.randint(0, scale - 1)
            if rng.random() < 0.4:  # a tie at the new scale: …5 followed by zeros
                drop = scale - new_scale
                mantissa = mantissa // 10**drop * 10**drop + 5 * 10 ** (drop - 1)
            mantissa *= rng.choice([1, -1])
            text = plain(Decimal(mantissa).scaleb(-scale), scale)
            for mode in MODES:
                commands.append(("rescale", text, str(new_scale), mode))
        for (_, text, new_scale, mode), answer in zip(commands, ask(commands)):
            with self.subTest(text=text, scale=new_scale, mode=mode):
                expected = Decimal(text).quantize(Decimal(1).scaleb(-int(new_scale)), rounding=MODES[mode])
                self.assertEqual(answer, ["ok", plain(expected, int(new_scale))])

    def test_decimal_parse(self):
        rng = self.rng("decimal")
        texts = []
        for _ in range(CASES):
            scale = rng.randint(0, 18)
            mantissa = rng.randrange(-(2**63), 2**63)
            text = plain(Decimal(mantissa).scaleb(-scale), scale)
            if rng.random() < 0.3:
                text = format(Decimal(text), ",f")
            if rng.random() < 0.3:
                text = text.translate(FULL_WIDTH)
            texts.append((text, mantissa, scale))
        for (text, mantissa, scale), answer in zip(texts, ask([("decimal", t) for t, _, _ in texts])):
            with self.subTest(text=text):
                self.assertEqual(answer[:3], ["ok", str(mantissa), str(scale)])
                self.assertEqual(Decimal(answer[3]), Decimal(mantissa).scaleb(-scale))

    def test_multiply_divide_ratio(self):
        rng = self.rng("multiply")
        commands = []
        for _ in range(CASES // 3):
            fen = random_fen(rng) // 10 ** rng.randint(0, 10)
            scale = rng.randint(0, 8)
            factor = plain(Decimal(rng.randrange(-(10**9), 10**9)).scaleb(-scale), scale)
            other = random_fen(rng) // 10 ** rng.randint(0, 10)
            for mode in MODES:
                commands.append(("multiply", yuan_text(fen), factor, mode))
                if Decimal(factor) != 0:
                    commands.append(("divide", yuan_text(fen), factor, mode))
                if other != 0:
                    commands.append(("ratio", yuan_text(fen), yuan_text(other), str(rng.randint(0, 8)), mode))
        for command, answer in zip(commands, ask(commands)):
            name, amount, operand = command[0], Decimal(command[1]), Decimal(command[2])
            mode = MODES[command[-1]]
            if name == "multiply":
                exact, places = amount * operand, 2
            elif name == "divide":
                exact, places = amount / operand, 2
            else:
                exact, places = amount / operand, int(command[3])
            rounded = exact.quantize(Decimal(1).scaleb(-places), rounding=mode)
            mantissa = int(rounded.scaleb(places))
            with self.subTest(command=command):
                if MIN_FEN <= mantissa <= MAX_FEN:
                    self.assertEqual(answer, ["ok", plain(rounded, places)])
                else:
                    self.assertEqual(answer, ["err", "overflow"])


if __name__ == "__main__":
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    ORACLE = sys.argv.pop(1)
    unittest.main()
