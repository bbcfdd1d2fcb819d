"""Shared helpers for the newslens word-list builders (Python 3 standard library only).

Every list is written in the format parsed by `src/lexicon/parse.rs`: UTF-8, a header of
`#` comment lines naming source and licence, then one entry per line, fields separated by a
single TAB, lines sorted by code point (the same order as Rust's `str` ordering) and unique.
"""

import gzip
import os
import sys
import unicodedata

DATA = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))

# SCOWL lists shipped by the Debian package `scowl` (2020.12.07-2).
SCOWL_DIR = "/usr/share/dict/scowl"


def write_list(name, header, rows):
    """Write rows (tuples of fields, or strings) to data/NAME, sorted and de-duplicated.

    `header` is a multi-line string; each line becomes a `#` comment.
    Returns (entries, raw bytes, gzip bytes).
    """
    lines = set()
    for row in rows:
        if isinstance(row, str):
            row = (row,)
        for field in row:
            if "\t" in field or "\n" in field or field != field.strip():
                raise ValueError(f"{name}: bad field {field!r} in {row!r}")
        if not row[0]:
            raise ValueError(f"{name}: empty key in {row!r}")
        lines.add("\t".join(row))
    body = sorted(lines)
    text = "".join(f"# {h}".rstrip() + "\n" for h in header.strip("\n").split("\n"))
    text += "".join(line + "\n" for line in body)
    raw = text.encode("utf-8")
    with open(os.path.join(DATA, name), "wb") as f:
        f.write(raw)
    gz = len(gzip.compress(raw, 9))
    print(f"{name}: {len(body)} entries, {len(raw)} bytes, {gz} bytes gzip -9", file=sys.stderr)
    return len(body), len(raw), gz


def ascii_fold(s):
    """'São Paulo' -> 'Sao Paulo'; curly apostrophes become straight ones."""
    s = s.replace("\u2019", "'").replace("\u2018", "'").replace("\u02bc", "'")
    s = s.replace("ı", "i").replace("ł", "l").replace("Ł", "L").replace("ø", "o").replace("Ø", "O")
    s = s.replace("đ", "d").replace("Đ", "D").replace("ð", "d").replace("Ð", "D").replace("ß", "ss").replace("æ", "ae").replace("Æ", "Ae")
    s = s.replace("ʻ", "'").replace("ʿ", "").replace("ʾ", "")
    out = "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))
    return out


def scowl_words(levels, kinds=("english-words", "american-words", "british-words")):
    """Words of the given SCOWL size levels, as a set (the files are UTF-8 in Debian 12)."""
    words = set()
    for kind in kinds:
        for level in levels:
            path = os.path.join(SCOWL_DIR, f"{kind}.{level}")
            if not os.path.exists(path):
                continue
            with open(path, encoding="utf-8", errors="replace") as f:
                words.update(w.strip() for w in f if w.strip())
    return words


def table(text, ncols):
    """Parse an embedded table: one entry per line; the first NCOLS-1 `|` (or TABs) separate
    fields, so the last field may itself be a `|`-separated list.

    Lines starting with '#' and blank lines are skipped. Missing trailing fields become ''.
    """
    rows = []
    for line in text.strip("\n").split("\n"):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        sep = "\t" if "\t" in line else "|"
        parts = [p.strip() for p in line.split(sep, ncols - 1)]
        parts += [""] * (ncols - len(parts))
        rows.append(tuple(parts[:ncols]))
    return rows
