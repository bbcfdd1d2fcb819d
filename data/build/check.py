#!/usr/bin/env python3
"""Check the word lists of data/ against the format src/lexicon expects, and print sizes.

Checks: UTF-8; a `#` header naming a source and a licence; content lines sorted by code
point and unique; the right number of TAB-separated fields with allowed values; no
non-Latin letters in places; cross-references (demonyms name a place in places.txt).

Run:  python3 data/build/check.py      (standard library only; exits 1 on a problem)
"""

import gzip
import os
import sys
import unicodedata

DATA = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))

# file -> (number of fields, {field index: allowed values})
SPECS = {
    "places.txt": (3, {1: {"country", "continent", "region", "city", "feature"}}),
    "demonyms.txt": (2, {}),
    "groups.txt": (1, {}),
    "first_names.txt": (2, {1: {"f", "m", "u"}}),
    "surnames.txt": (1, {}),
    "common_words.txt": (1, {}),
    "titles.txt": (2, {1: {"person", "modifier"}}),
    "org_words.txt": (2, {1: {"suffix", "head"}}),
    "organizations.txt": (2, {}),
    "event_words.txt": (1, {}),
    "speech_verbs.txt": (2, {}),
}


def content(name):
    with open(os.path.join(DATA, name), "rb") as f:
        raw = f.read()
    text = raw.decode("utf-8")
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    header = []
    for line in lines:
        if not line.startswith("#"):
            break
        header.append(line)
    body = [line for line in lines[len(header):] if line.strip()]
    return raw, header, body


def latin_only(s):
    for ch in s:
        if ch.isalpha() and "LATIN" not in unicodedata.name(ch, ""):
            return False
    return True


def main():
    problems = []
    total_raw = total_gz = 0
    places = set()
    for name, (nfields, allowed) in SPECS.items():
        path = os.path.join(DATA, name)
        if not os.path.exists(path):
            problems.append(f"{name}: missing")
            continue
        raw, header, body = content(name)
        head = "\n".join(header).lower()
        if not header or "source" not in head or "licence" not in head:
            problems.append(f"{name}: header must name a source and a licence")
        if any(line.startswith("#") for line in body):
            problems.append(f"{name}: comment lines after the first entry")
        if body != sorted(body):
            problems.append(f"{name}: not sorted")
        if len(body) != len(set(body)):
            problems.append(f"{name}: duplicate lines")
        keys = [line.split("\t")[0] for line in body]
        if name not in ("org_words.txt",) and len(keys) != len(set(keys)):
            dup = sorted({k for k in keys if keys.count(k) > 1})[:5]
            problems.append(f"{name}: duplicate keys {dup}")
        for line in body:
            fields = line.split("\t")
            # A trailing empty field is allowed to be absent (the Rust side trims lines).
            if len(fields) not in (nfields, nfields - 1 if nfields > 2 or name == "organizations.txt" else nfields):
                problems.append(f"{name}: {len(fields)} fields in {line!r}")
                continue
            if any(f != f.strip() for f in fields):
                problems.append(f"{name}: stray whitespace in {line!r}")
            for i, values in allowed.items():
                if fields[i] not in values:
                    problems.append(f"{name}: bad field {fields[i]!r} in {line!r}")
            if name == "places.txt":
                places.add(fields[0])
                if not latin_only(line):
                    problems.append(f"{name}: non-Latin script in {line!r}")
            if name == "common_words.txt" and not (fields[0].isalpha() and fields[0].islower()):
                problems.append(f"{name}: not a lowercase word: {line!r}")
        gz = len(gzip.compress(raw, 9))
        total_raw += len(raw)
        total_gz += gz
        print(f"{name:20} {len(body):6} entries {len(raw):8} bytes {gz:7} gzip")
    if places:
        _, _, body = content("demonyms.txt")
        for line in body:
            place = line.split("\t")[1]
            if place not in places:
                problems.append(f"demonyms.txt: {place!r} is not a NAME in places.txt")
    print(f"{'total':20} {'':6}         {total_raw:8} bytes {total_gz:7} gzip")
    for p in problems[:50]:
        print("PROBLEM", p, file=sys.stderr)
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
