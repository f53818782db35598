# SPDX-License-Identifier: Apache-2.0
"""The review rules (审核, validation.md): :func:`validate` and the rule catalogue."""

import ctypes
import os
from typing import TYPE_CHECKING, Iterable, List, Mapping, NamedTuple, Optional, Tuple, Union

from . import _ffi
from .diagnostic import Diagnostic, copy_list
from .errors import JixiaoError

if TYPE_CHECKING:
    from .document import Document

__all__ = ["validate", "validation_rules", "Rule"]

_LEVELS = ("off", "on", "error", "warning", "info")
# The source the C ABI names in an error of a profile given as text.
_C_PROFILE_SOURCE = "jx_validate_options.profile"


class Rule(NamedTuple):
    """One review rule of the catalogue: ``code``, default ``severity``, ``description``.

    >>> rule = validation_rules()[0]
    >>> isinstance(rule, Rule), rule.severity in ("error", "warning", "info")
    (True, True)
    """

    code: str          # "FUNDS_TOTAL_SUM"
    severity: str      # its default severity
    description: str   # one line


def validation_rules() -> List[Rule]:
    """The rule catalogue: every code with its default severity and description.

    >>> "FUNDS_TOTAL_SUM" in [rule.code for rule in validation_rules()]
    True
    """
    count = ctypes.c_size_t()
    _ffi.check(_ffi.lib.jx_validation_rule_count(ctypes.byref(count)))
    rules = []
    for index in range(count.value):
        code = ctypes.c_char_p()
        severity = ctypes.c_int()
        description = ctypes.c_char_p()
        _ffi.check(_ffi.lib.jx_validation_rule(index, ctypes.byref(code), ctypes.byref(severity),
                                               ctypes.byref(description)))
        rules.append(Rule(_ffi.text(code.value), _ffi.SEVERITIES[severity.value],
                          _ffi.text(description.value) or ""))
    return rules


def _settings(disable: Iterable[str], severity: Mapping[str, str]) -> List[bytes]:
    if isinstance(disable, str):
        disable = (disable,)  # one code, not its letters
    settings = [f"{code}=off" for code in disable]
    for code, level in dict(severity).items():
        if level not in _LEVELS:
            raise ValueError(f"severity of {code} must be one of {', '.join(_LEVELS)}, not {level!r}")
        settings.append(f"{code}={level}")
    for setting in settings:
        if "\0" in setting:
            raise ValueError("a rule code cannot contain NUL")
    return [setting.encode("utf-8") for setting in settings]


def _profile_text(profile) -> Tuple[bytes, Optional[str]]:
    """A profile name, a path to a profile file, or a dict with a profile's keys:
    the text for the C ABI, and the path it was read from (or None)."""
    import json

    path = None
    if isinstance(profile, Mapping):
        text = json.dumps(dict(profile), ensure_ascii=False)
    elif isinstance(profile, os.PathLike) or (isinstance(profile, str) and profile not in ("national", "shanghai")
                                               and not profile.lstrip().startswith("{")):
        path = os.fspath(profile)
        with open(path, encoding="utf-8") as f:
            text = f.read()
    else:
        text = str(profile)
    if "\0" in text:
        raise ValueError("a profile cannot contain NUL")
    return text.encode("utf-8"), path


def validate(document: Union["Document", str, "os.PathLike[str]"], disable: Iterable[str] = (),
             severity: Mapping[str, str] = {}, profile: Union[None, str, "os.PathLike[str]", Mapping] = None) -> List[Diagnostic]:
    """Run every review rule over ``document`` and return the findings.

    ``profile`` is ``"national"`` (the default), ``"shanghai"``, a path to a profile
    file, or a dict with its keys (``base``, ``rules``, ``satisfaction_floor``,
    ``placeholders``, ``overshoot``; docs/validation.md); ``disable`` and ``severity``
    apply after it.  An error in a profile file names the file, line and column.

    ``disable`` names codes to turn off; ``severity`` maps codes to ``"error"``,
    ``"warning"``, ``"info"`` (or ``"off"``/``"on"``).  An unknown code raises
    :class:`InvalidArgumentError` naming it.  ``document`` is a :class:`Document`
    or anything :func:`parse_document` accepts.  The reader's own diagnostics are in
    ``document.diagnostics``, not here.

    >>> with parse_document("tests/data/corpus/hongkou-court-2024.txt") as document:
    ...     found = validate(document, disable=["TARGET_VAGUE"])
    >>> all(d.code != "TARGET_VAGUE" for d in found)
    True
    """
    from .document import Document, parse_document

    if not isinstance(document, Document):
        with parse_document(document) as parsed:
            return validate(parsed, disable, severity, profile)
    settings = _settings(disable, severity)
    rules = (ctypes.c_char_p * max(len(settings), 1))(*settings)
    options = _ffi.ValidateOptions()
    _ffi.lib.jx_validate_options_init(ctypes.byref(options))
    options.rules = ctypes.cast(rules, ctypes.POINTER(ctypes.c_char_p))
    options.rule_count = len(settings)
    profile_path = None
    if profile is not None:
        options.profile, profile_path = _profile_text(profile)
    out = ctypes.c_void_p()
    error = _ffi.Error()
    with document._use() as pointer:
        try:
            _ffi.check(_ffi.lib.jx_validate(pointer, ctypes.byref(options), ctypes.byref(out),
                                            ctypes.byref(error)), error)
        except JixiaoError as e:
            # The C ABI saw only the text: name the file the caller gave instead.
            if profile_path is None or not e.message.startswith(_C_PROFILE_SOURCE):
                raise
            raise type(e)(e.message.replace(_C_PROFILE_SOURCE, profile_path), status=e.status, offset=e.offset,
                          line=e.line, expected=e.expected, source=profile_path) from None
    try:
        return copy_list(out.value)
    finally:
        _ffi.lib.jx_diagnostics_free(out.value)
