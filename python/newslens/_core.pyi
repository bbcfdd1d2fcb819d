# Type stubs of the Rust extension newslens._core (python/src/lib.rs). Each function returns
# JSON text; newslens/__init__.py parses it.
from typing import Optional, Sequence

MAX_INPUT_BYTES: int

class NewslensError(ValueError):
    """newslens cannot analyse its input; the message is the core's."""

def analyze_json(text: str, reference_date: Optional[str] = None, offsets: str = "chars") -> str: ...
def analyze_many_json(
    texts: Sequence[str],
    reference_dates: Optional[Sequence[Optional[str]]] = None,
    offsets: str = "chars",
    jobs: Optional[int] = None,
) -> list[str]: ...
def batch_json(lines: Sequence[str], offsets: str = "chars", jobs: Optional[int] = None, first_line: int = 1) -> list[str]: ...
def version() -> str: ...
