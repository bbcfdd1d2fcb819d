"""The Spark job, in local mode, against `newslens batch` run directly on the same input.

Run with `make test-spark` (sets up .venv-spark/ with pyspark and the newslens wheel, and
builds the CLI the output is compared with), or
    .venv-spark/bin/python examples/spark/test_spark.py
The input: the development set's articles ({"id", "text", "dct"}) with a line of bad JSON and
a blank line among them, in three part files (written out of order, beside a _SUCCESS file),
read as more partitions than files so that files are split. The Spark output, its part files
in name order, must equal the direct output line for line (parsed JSON), error record included.
"""

import json
import os
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
BIN = os.environ.get("NEWSLENS_BIN", os.path.join(ROOT, "target", "release", "newslens"))
JOB = os.path.join(ROOT, "examples", "spark", "newslens_spark.py")
DEV = os.path.join(ROOT, "tests", "fixtures", "eval", "newsdev.jsonl")
BAD = '{"id": "broken", "text": "no closing quote}'


def make_input(folder):
    with open(DEV, encoding="utf-8") as f:
        lines = [json.dumps({k: d[k] for k in ("id", "text", "dct") if k in d}, ensure_ascii=False)
                 for d in map(json.loads, f)]
    lines[9:9] = [BAD]
    lines[15:15] = [""]
    parts = [lines[:8], lines[8:17], lines[17:]]
    os.makedirs(folder)
    for n in reversed(range(len(parts))):  # written last to first: the job must order them
        with open(os.path.join(folder, f"part-{n:05d}.jsonl"), "w", encoding="utf-8") as f:
            f.write("".join(line + "\n" for line in parts[n]))
    open(os.path.join(folder, "_SUCCESS"), "w").close()
    return "".join(line + "\n" for part in parts for line in part)


def main():
    checks = 0
    with tempfile.TemporaryDirectory() as tmp:
        src, out = os.path.join(tmp, "in"), os.path.join(tmp, "out")
        concatenated = make_input(src)
        import newslens  # the job analyses in-process with the package, whose version is the CLI's
        version = subprocess.run([BIN, "--version"], capture_output=True, text=True).stdout.split()
        assert version[-1] == newslens.__version__, (version, newslens.__version__)

        direct = subprocess.run([BIN, "batch", "-"], input=concatenated.encode("utf-8"),
                                capture_output=True)
        assert direct.returncode == 1, (direct.returncode, direct.stderr)
        expected = [json.loads(line) for line in direct.stdout.decode("utf-8").splitlines()]
        errors = [r for r in expected if "error" in r]
        bad_line = concatenated.split("\n").index(BAD) + 1
        assert errors == [{"id": None, "line": bad_line, "error": errors[0]["error"]}], errors
        assert len(expected) == concatenated.count("\n") - 1  # every line but the blank one

        env = dict(os.environ, PYSPARK_PYTHON=sys.executable, PYSPARK_DRIVER_PYTHON=sys.executable,
                   SPARK_LOCAL_IP="127.0.0.1")  # local mode: all on the loopback
        submit = os.path.join(os.path.dirname(sys.executable), "spark-submit")
        started = time.monotonic()
        job = subprocess.run([submit, "--master", "local[2]", "--conf", "spark.ui.enabled=false",
                              JOB, "--partitions", "5", src, out],
                             env=env, capture_output=True, text=True)
        seconds = time.monotonic() - started
        assert job.returncode == 1, (job.returncode, job.stderr[-4000:])
        # The driver's summary (spark-submit hands the Python driver's stderr to its stdout);
        # the executor's message for the line, numbered in the whole input, on stderr.
        assert "newslens_spark: 1 line(s) could not be analysed" in job.stdout + job.stderr, job.stdout[-4000:]
        assert f"newslens: line {bad_line}:" in job.stderr, job.stderr[-4000:]
        checks += 1

        names = sorted(n for n in os.listdir(out) if n.startswith("part-"))
        assert len(names) >= 5, names  # files were split: error lines renumbered across splits
        got = []
        for name in names:
            with open(os.path.join(out, name), encoding="utf-8") as f:
                got += [json.loads(line) for line in f]
        assert len(got) == len(expected), (len(got), len(expected))
        checks += 1
        for n, (g, e) in enumerate(zip(got, expected)):
            assert g == e, f"output line {n + 1} ({e.get('id')}) differs"
        checks += 1
        by_id = {r["id"]: r for r in got if r["id"] is not None}
        assert by_id == {r["id"]: r for r in expected if r["id"] is not None}
        assert len(by_id) == len(expected) - 1
        checks += 1
        print(f"spark job: {len(got)} lines in {len(names)} partitions in {seconds:.1f} s, "
              f"equal to newslens batch (incl. the error record for line {bad_line})")
    print(f"test_spark: {checks} passed, 0 failed")


if __name__ == "__main__":
    main()
