"""The Python package as a user installs it: python/test.sh builds the wheel with maturin,
installs it into a fresh venv and runs these tests there (never against the source tree:
test_the_installed_wheel_is_tested checks). The CLI (target/release/newslens, or
$NEWSLENS_BIN) is the reference: the package must give exactly its output.
"""

import datetime
import importlib.metadata
import json
import os
import subprocess
from pathlib import Path

import pytest

import newslens

ROOT = Path(os.environ.get("NEWSLENS_ROOT", Path(__file__).resolve().parents[2]))
CLI = os.environ.get("NEWSLENS_BIN", str(ROOT / "target" / "release" / "newslens"))
EXAMPLE = ROOT / "www" / "example.txt"
DEV = ROOT / "tests" / "fixtures" / "eval" / "newsdev.jsonl"


def cli(*args, input=None):
    done = subprocess.run([CLI, *args], input=input, capture_output=True)
    return done.returncode, done.stdout.decode("utf-8")


@pytest.fixture(scope="module")
def example():
    return EXAMPLE.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def dev_texts():
    with open(DEV, encoding="utf-8") as f:
        return [json.loads(line)["text"] for line in f]


def test_the_installed_wheel_is_tested():
    package = Path(newslens.__file__).resolve().parent
    assert "site-packages" in package.parts, package
    assert (package / "py.typed").is_file() and (package / "_core.pyi").is_file()
    status, out = cli("--version")
    assert status == 0 and out.split()[-1] == newslens.__version__
    # The wheel's own version (its metadata, from the workspace's Cargo.toml) is the CLI's too.
    assert importlib.metadata.version("newslens") == newslens.__version__


def test_analyze_the_example(example):
    a = newslens.analyze(example)
    status, out = cli("analyze", str(EXAMPLE), "--offsets", "chars")
    assert status == 0
    assert a == json.loads(out)
    assert a["schema"] == 1 and a["offsets"] == "chars"
    people = {e["name"]: e for e in a["entities"] if e["kind"] == "person"}
    assert "Deputy Defense Minister" in people["Anatoly Antonov"]["titles"]
    assert any(q["kind"] == "direct" and q["speaker_name"] == "Dmitry Rogozin" for q in a["quotes"])
    assert a["reference_date"]["value"] == "2013-04-16" and a["reference_date"]["source"] == "text"
    # Offsets in code points: every span is the text sliced as Python slices it.
    spans = [m for e in a["entities"] for m in e["mentions"]] + a["quotes"] + a["timexes"]
    assert spans and all(example[s["start"]:s["end"]] == s["text"] for s in spans)


def test_analyze_options(example):
    given = newslens.analyze(example, reference_date="2020-02-29", offsets="utf16")
    assert given["reference_date"]["source"] == "given" and given["offsets"] == "utf16"
    status, out = cli("analyze", str(EXAMPLE), "--reference-date", "2020-02-29", "--offsets", "utf16")
    assert status == 0 and given == json.loads(out)
    text = "\U0001F600 Z\u00fcrich Mayor Corine Mauch said on Monday."
    for unit, start in [("chars", 2), ("utf16", 3), ("utf8", 5)]:
        [zurich] = [m for e in newslens.analyze(text, offsets=unit)["entities"] for m in e["mentions"] if m["text"] == "Z\u00fcrich"]
        assert zurich["start"] == start, unit


@pytest.mark.parametrize("call, message", [
    (lambda: newslens.analyze(""), "the text is empty"),
    (lambda: newslens.analyze(" \n\t"), "the text is empty"),
    (lambda: newslens.analyze("Talks on Monday.", reference_date="2013-02-30"), '"2013-02-30" is not a date'),
    (lambda: newslens.analyze("Talks on Monday.", offsets="bytes"), '"bytes" is not an offset unit'),
    (lambda: newslens.analyze("x" * (newslens.MAX_INPUT_BYTES + 1)), "split it into articles"),
])
def test_errors_are_exceptions_with_the_cores_messages(call, message):
    with pytest.raises(newslens.NewslensError, match=message) as raised:
        call()
    assert isinstance(raised.value, ValueError)


def test_wrong_types_raise_type_error():
    with pytest.raises(TypeError):
        newslens.analyze(None)
    with pytest.raises(TypeError):
        newslens.analyze_many("one string, not a list")


def test_analyze_many_a_thousand_texts_in_order_with_bad_ones(dev_texts):
    n = 1000
    texts = [dev_texts[i % len(dev_texts)] for i in range(n)]
    # A different reference date for each text: its analysis says which input it came from.
    day = datetime.date(2010, 1, 1)
    dates = [(day + datetime.timedelta(days=i)).isoformat() for i in range(n)]
    bad = {17: ("", None, "the text is empty"), 250: ("   ", None, "the text is empty"),
           503: (None, None, "text 503 is not a str but NoneType"),
           504: (42, None, "text 504 is not a str but int"),
           777: (texts[777], "2013-13-01", '"2013-13-01" is not a date'),
           999: (texts[999], 20130416, "reference date 999 is not a str or None")}
    for i, (text, date, _) in bad.items():
        texts[i], dates[i] = text, date
    dates[5] = None  # no date given: found in the text, as analyze does

    results = newslens.analyze_many(texts, dates)
    assert len(results) == n
    for i, result in enumerate(results):
        if i in bad:
            assert result == {"error": result["error"]} and bad[i][2] in result["error"], (i, result)
        elif i == 5:
            assert result == newslens.analyze(texts[i])
        else:
            assert result["reference_date"]["value"] == dates[i], i
            assert result == newslens.analyze(texts[i], reference_date=dates[i]), i
    assert newslens.analyze_many(texts, dates, jobs=1) == results
    assert newslens.analyze_many(iter(texts), iter(dates), jobs=3) == results


def test_analyze_many_argument_errors(dev_texts):
    assert newslens.analyze_many([]) == []
    with pytest.raises(ValueError, match="2 texts but 1 reference dates"):
        newslens.analyze_many(dev_texts[:2], ["2013-04-16"])
    with pytest.raises(ValueError, match="jobs must be at least 1"):
        newslens.analyze_many(dev_texts[:2], jobs=0)
    with pytest.raises(newslens.NewslensError, match="not an offset unit"):
        newslens.analyze_many(dev_texts[:2], offsets="bytes")


def test_batch_equals_the_cli():
    lines = DEV.read_text(encoding="utf-8").split("\n")
    lines[3:3] = ['{"id": "broken", "text": "no closing quote}', "", '{"id": 7, "text": ""}',
                  '{"id": [1], "text": "Talks on Monday.", "dct": "2013-02-30"}', '{"text": "no id"}']
    status, out = cli("batch", "-", input="\n".join(lines).encode("utf-8"))
    assert status == 1
    expected = out.splitlines()
    got = newslens.batch(lines, jobs=2)
    assert [json.loads(g) for g in got] == [json.loads(e) for e in expected]
    assert sum("error" in json.loads(g) for g in got) == 4
    # Line numbers count from first_line, as a slice of a bigger input would.
    [broken] = [json.loads(g) for g in newslens.batch(lines[3:5], first_line=4)]
    assert broken["line"] == 4 and broken["id"] is None
