"""newslens: who is in a news article, what they said and when things happen.

    >>> import newslens
    >>> a = newslens.analyze("Mayor Jane Doe said on Monday that the bridge will reopen.\\n"
    ...                      "May 3, 2021")
    >>> [(e["kind"], e["name"]) for e in a["entities"]]
    [('person', 'Jane Doe')]

Every function returns the CLI's schema-1 analysis (`newslens analyze`; the fields are in the
project README): `reference_date`, `entities`, `quotes`, `timexes`, `timeline`, with `start`/
`end` offsets in code points by default, so `text[start:end]` is the span's `text`.

The work is done by a Rust extension (`newslens._core`) that returns JSON text, parsed here.
`analyze_many` and `batch` release the GIL and use every core.
"""

from __future__ import annotations

import json
from typing import Any, Iterable, List, Optional

from ._core import MAX_INPUT_BYTES, NewslensError
from . import _core

__all__ = ["analyze", "analyze_many", "batch", "NewslensError", "MAX_INPUT_BYTES", "__version__"]

__version__: str = _core.version()


def analyze(text: str, reference_date: Optional[str] = None, offsets: str = "chars") -> dict[str, Any]:
    """Analyses one article.

    reference_date: "YYYY-MM-DD", what relative dates ("on Monday") resolve against; it wins
    over a date line in the text. offsets: "chars" (code points, Python's str indices; the
    default), "utf16" or "utf8" (bytes). Raises NewslensError (a ValueError) with the core's
    message on empty or oversized text (MAX_INPUT_BYTES), a bad date or a bad offset unit.
    """
    return json.loads(_core.analyze_json(text, reference_date, offsets))


def analyze_many(
    texts: Iterable[str],
    reference_dates: Optional[Iterable[Optional[str]]] = None,
    jobs: Optional[int] = None,
    offsets: str = "chars",
) -> List[dict[str, Any]]:
    """Analyses many articles on `jobs` threads (default: every core), without the GIL.

    Returns one dict per text, in input order. A text that cannot be analysed (empty, not a
    str, a bad reference date, ...) gives {"error": message} in its place, and the others go
    on, so `[r for r in results if "error" in r]` lists the failures. reference_dates, if
    given, has one "YYYY-MM-DD" or None per text. A bad `offsets` or `jobs`, or a different
    number of dates and texts, raises for the whole call.
    """
    if reference_dates is not None and not isinstance(reference_dates, (list, tuple)):
        reference_dates = list(reference_dates)
    if not isinstance(texts, (list, tuple)) and not isinstance(texts, str):
        texts = list(texts)
    return [json.loads(s) for s in _core.analyze_many_json(texts, reference_dates, offsets, jobs)]


def batch(lines: Iterable[str], offsets: str = "chars", jobs: Optional[int] = None, first_line: int = 1) -> List[str]:
    """What `newslens batch` prints for these JSON Lines (`{"id", "text", "dct"?}` each).

    Returns one JSON string per non-blank line, in input order: the analysis with its "id",
    or {"id", "line", "error"} for a line that cannot be analysed (its number counts from
    `first_line`, blank lines included), with the CLI's messages. For Spark and the like
    (examples/spark), where the output must equal the CLI's.
    """
    if not isinstance(lines, (list, tuple)) and not isinstance(lines, str):
        lines = list(lines)
    return _core.batch_json(lines, offsets, jobs, first_line)
