# SPDX-License-Identifier: Apache-2.0
"""jixiao: Chinese budget performance-target declarations (财政项目支出绩效目标申报表)
as exact, checked data — Python bindings over the C library libjixiao.so.0.

    import jixiao
    with jixiao.parse_document("hongkou-court-2024.txt") as document:
        for declaration in document.declarations:
            print(declaration.project.name, declaration.funds.total)

Money is :class:`decimal.Decimal` (never float), dates :class:`datetime.date`.
The library is found through ``JIXIAO_LIBRARY``, beside this package, or by the
system loader (see README.md).
"""

from . import _ffi
from .batch import ReadError, ReadResult, read_many
from .diagnostic import Diagnostic
from .document import Declaration, Document, Funds, Goals, Indicator, Project, loads, parse_document, parse_text
from .errors import (
    ClosedError,
    FileError,
    FormatError,
    InvalidArgumentError,
    JixiaoError,
    LibraryNotFoundError,
    LimitError,
    MissingFileError,
    ParseError,
    RangeError,
)
from .money import amount_to_chinese, format_amount, from_wan, parse_amount, parse_wan_amount, to_wan
from .score import (DeclarationScore, IndicatorScore, Level1Score, ScoreReport, SelfEvalSummary, check_selfeval, score,
                    score_published, summarize, write_template, xlsx_template_supported)
from .target import Evaluation, Target, parse_target
from .validate import Rule, validate, validation_rules

__version__ = "0.1.0"

#: The loaded library's release, e.g. "0.1.0", and where it was loaded from.
library_version = _ffi.lib.jx_version_string().decode("ascii")
library_path = _ffi.library_path

__all__ = [
    "parse_document", "parse_text", "loads", "Document", "Declaration", "Project", "Funds", "Goals", "Indicator",
    "read_many", "ReadResult", "ReadError",
    "parse_target", "Target", "Evaluation",
    "validate", "validation_rules", "Rule", "Diagnostic",
    "score", "ScoreReport", "DeclarationScore", "IndicatorScore", "Level1Score",
    "score_published", "check_selfeval", "summarize", "SelfEvalSummary", "write_template", "xlsx_template_supported",
    "parse_amount", "parse_wan_amount", "amount_to_chinese", "to_wan", "from_wan", "format_amount",
    "JixiaoError", "ParseError", "FormatError", "LimitError", "RangeError", "FileError", "MissingFileError",
    "InvalidArgumentError", "ClosedError", "LibraryNotFoundError",
    "library_version", "library_path",
]
