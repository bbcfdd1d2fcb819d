#!/usr/bin/env python3
"""Build data/common_words.txt: lowercase English words common enough that their
capitalised form at the start of a sentence is probably not a name.

Source: SCOWL (Spell Checker Oriented Word Lists, Kevin Atkinson) 2020.12.07 as shipped by
the Debian package `scowl` (/usr/share/dict/scowl). SCOWL sorts words into size levels that
follow word frequency: size 10 holds the ~4,000 most common words (from the public-domain
Moby word lists), size 20 the next common ones, size 35 the words of an ordinary small
dictionary. Licence: the SCOWL copyright notice (permissive, MIT-like: use, copy, modify,
distribute and sell for any purpose with the notice kept); see /usr/share/doc/scowl/copyright.

Taken: every all-lowercase alphabetic word of sizes 10 and 20 (English, American and British
spellings), plus from size 35 the plural agent and group nouns ("lawmakers", "protesters",
"investigators", "militants") and the -ly adverbs ("separately", "reportedly") that begin
news sentences. PyPI `wordfreq` was not used: its data is CC BY-SA 4.0.

Run:  apt-get install scowl && python3 data/build/common_words.py
"""

import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from listio import SCOWL_DIR, scowl_words, write_list  # noqa: E402

KINDS = ("english-words", "american-words", "british-words")
LEVEL35_KEEP = re.compile(r"(ers|ors|ists|ians|ants|ents|ees|ives|ites|ly)$")


def lowercase_words(levels):
    return {w for w in scowl_words(levels, KINDS) if w.isalpha() and w.isascii() and w.islower()}


def main():
    import argparse
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--no-size35", action="store_true",
                    help="only SCOWL sizes 10 and 20 (about 10,900 words, 7 KB less gzip)")
    args = ap.parse_args()
    if not os.path.isdir(SCOWL_DIR):
        sys.exit(f"{SCOWL_DIR} is missing: apt-get install scowl")
    core = lowercase_words((10, 20))
    extra = set() if args.no_size35 else {
        w for w in lowercase_words((35,)) - core if LEVEL35_KEEP.search(w)}
    words = core | extra
    header = f"""Common English words (lowercase), one per line: a capitalised form at the start of a
sentence is probably not a name. {len(words)} words.
Source: SCOWL 2020.12.07 (Kevin Atkinson), Debian package `scowl` 2020.12.07-2. Licence:
  SCOWL's permissive notice: "Permission to use, copy, modify, distribute and sell these word
  lists, the associated scripts, the output created from the scripts, and its documentation
  for any purpose is hereby granted without fee, provided that the above copyright notice
  appears in all copies and that both that copyright notice and this permission notice appear
  in supporting documentation." Copyright 2000-2011 by Kevin Atkinson; size 10 is based on
  the public-domain Moby word lists. Full notice: /usr/share/doc/scowl/copyright.
Taken: all lowercase words of SCOWL sizes 10 and 20 ({len(core)}), plus {len(extra)} words of
  size 35 ending in -ers -ors -ists -ians -ants -ents -ees -ives -ites -ly.
Regenerate: apt-get install scowl && python3 data/build/common_words.py"""
    write_list("common_words.txt", header, sorted(words))


if __name__ == "__main__":
    main()
