# SPDX-License-Identifier: Apache-2.0
"""Exact money (money.md): amounts in 元 as :class:`decimal.Decimal` with 2 places.

Nothing here touches binary floating point: amounts cross the C boundary as a count
of 分 (jx_money) or as decimal text, and come back as Decimals built from digits.
"""

import ctypes
from decimal import Decimal
from typing import Union

from . import _ffi

__all__ = ["parse_amount", "parse_wan_amount", "amount_to_chinese", "to_wan", "from_wan",
           "format_amount"]

Amount = Union[Decimal, int, str]

_STYLES = {
    "plain": _ffi.MONEY_PLAIN,
    "thousands": _ffi.MONEY_THOUSANDS,
    "wan": _ffi.MONEY_WAN,
    "chinese": _ffi.MONEY_CHINESE,
}
_ROUNDING = {
    "exact": _ffi.ROUND_EXACT,
    "half_up": _ffi.ROUND_HALF_UP,
    "half_even": _ffi.ROUND_HALF_EVEN,
    "down": _ffi.ROUND_DOWN,
}


def fen_to_decimal(fen: int) -> Decimal:
    """An exact count of 分 as a Decimal of 元 with two places (no context rounding)."""
    digits = tuple(int(c) for c in str(abs(fen)))
    return Decimal((1 if fen < 0 else 0, digits, -2))


def decimal_text(value, what: str = "amount") -> bytes:
    """A Decimal, int or decimal str as plain decimal text for the C side.

    float is refused: a binary fraction is not an exact amount (0.1 + 0.2 ≠ 0.3).
    """
    if isinstance(value, bool) or isinstance(value, float):
        raise TypeError(f"{what} must be a decimal.Decimal, int or str, not {type(value).__name__}")
    if isinstance(value, Decimal):
        if not value.is_finite():
            raise ValueError(f"{what} must be finite, not {value}")
        return format(value, "f").encode("ascii")
    if isinstance(value, int):
        return str(value).encode("ascii")
    if isinstance(value, str):
        return value.strip().encode("utf-8")
    raise TypeError(f"{what} must be a decimal.Decimal, int or str, not {type(value).__name__}")


def _rounding(mode: str) -> int:
    try:
        return _ROUNDING[mode]
    except KeyError:
        raise ValueError(f"rounding must be one of {', '.join(_ROUNDING)}, not {mode!r}") from None


def _money(function, data: bytes, *extra) -> _ffi.Money:
    out = _ffi.Money()
    error = _ffi.Error()
    _ffi.check(function(data, len(data), *extra, ctypes.byref(out), ctypes.byref(error)), error)
    return out


def _to_money(amount: Amount, rounding: str = "exact") -> _ffi.Money:
    data = decimal_text(amount)
    return _money(_ffi.lib.jx_money_from_yuan, data, _rounding(rounding))


def _format(money: _ffi.Money, style: int) -> str:
    buffer = ctypes.create_string_buffer(128)
    needed = ctypes.c_size_t()
    status = _ffi.lib.jx_money_format(money, style, buffer, len(buffer), ctypes.byref(needed))
    if status == _ffi.EBUFS:
        buffer = ctypes.create_string_buffer(needed.value)
        status = _ffi.lib.jx_money_format(money, style, buffer, len(buffer), ctypes.byref(needed))
    _ffi.check(status)
    return buffer.value.decode("utf-8")


def parse_amount(text: Union[str, bytes]) -> Decimal:
    """Parse an amount as written on a form: ``"12,780,000.00"``, ``"¥1,409.50"``,
    ``"349.80万元"``, full-width digits.  Returns 元 with two places.

    A malformed amount raises :class:`ParseError` naming the byte offset; it is
    never read as 0.

    >>> parse_amount("349.80万元"), parse_amount("¥1,409.50")
    (Decimal('3498000.00'), Decimal('1409.50'))
    """
    return fen_to_decimal(_money(_ffi.lib.jx_money_parse, _ffi.encode(text, "text")).fen)


def parse_wan_amount(text: Union[str, bytes]) -> Decimal:
    """Parse a bare number from a column declared in 万元 (``"89.974000"``); returns 元.

    >>> parse_wan_amount("89.974000")
    Decimal('899740.00')
    """
    return fen_to_decimal(_money(_ffi.lib.jx_money_parse_wan, _ffi.encode(text, "text")).fen)


def amount_to_chinese(amount: Amount) -> str:
    """人民币大写 of an amount of 元: ``Decimal("1409.50")`` → ``"人民币壹仟肆佰零玖元伍角"``.

    More than two non-zero decimals is an error (round first, explicitly).

    >>> amount_to_chinese(Decimal("1409.50"))
    '人民币壹仟肆佰零玖元伍角'
    """
    return _format(_to_money(amount), _ffi.MONEY_CHINESE)


def to_wan(amount: Amount) -> Decimal:
    """An amount of 元 in 万元, exact, with six places.

    >>> to_wan(Decimal("12780000.00"))
    Decimal('1278.000000')
    """
    return Decimal(_format(_to_money(amount), _ffi.MONEY_WAN))


def from_wan(amount: Amount, rounding: str = "exact") -> Decimal:
    """An amount of 万元 in 元 (two places).  More than six decimals needs a rounding
    mode: ``"half_up"``, ``"half_even"`` or ``"down"``.

    >>> from_wan("349.8"), from_wan("0.1234567", rounding="half_up")
    (Decimal('3498000.00'), Decimal('1234.57'))
    """
    data = decimal_text(amount)
    return fen_to_decimal(_money(_ffi.lib.jx_money_from_wan, data, _rounding(rounding)).fen)


def format_amount(amount: Amount, style: str = "thousands", rounding: str = "exact") -> str:
    """Format an amount of 元: ``"thousands"`` (12,780,000.00), ``"plain"``, ``"wan"``
    or ``"chinese"``.

    >>> format_amount(Decimal("12780000")), format_amount(12780000, "wan")
    ('12,780,000.00', '1278.000000')
    """
    try:
        code = _STYLES[style]
    except KeyError:
        raise ValueError(f"style must be one of {', '.join(_STYLES)}, not {style!r}") from None
    return _format(_to_money(amount, rounding), code)
