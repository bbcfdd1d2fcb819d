"""Run `newslens batch` over a partitioned JSON Lines dataset with Apache Spark.

Input: JSON Lines `{"id", "text", "dct"?}`, one article a line, in one or more files or
directories of part files (any path Spark reads: local, hdfs://, s3a://, globs).
Output: a directory of part files, one `newslens batch` line per input line (the analysis with
its `id`, or `{"id", "line", "error"}` for a line that could not be analysed).

Each Spark partition is piped through one `newslens batch -` process (mapPartitions +
subprocess, not RDD.pipe: exit status 1 only means some lines were bad and their error
records are in the output, so the task goes on; any other status fails the task).

Order: part-00000, part-00001, ... are the input partitions in input order, each in input
order, and the input order is the paths as given, each directory's files by name. So
`cat OUT/part-*` is what `cat INPUT/* | newslens batch -` prints, line for line, and the
`line` of an error record is its line number in that concatenated input.

Locally (pyspark in a venv, as `make test-spark` sets up; Java 17+; cargo build --release):
    .venv-spark/bin/spark-submit --master 'local[2]' examples/spark/newslens_spark.py in/ out/
On a cluster, the driver ships the binary to every executor (SparkContext.addFile; the tasks
find it with SparkFiles.get), so it must be built for the executors' platform, e.g. x86_64
Linux with a glibc no newer than theirs:
    spark-submit --master yarn examples/spark/newslens_spark.py \
        --binary target/release/newslens --partitions 200 hdfs:///news/in hdfs:///news/out
Each task runs one `newslens batch --jobs N` with N = spark.task.cpus (default 1): with
`--conf spark.task.cpus=4` an executor runs a quarter as many tasks, each on 4 threads.
(In --deploy-mode cluster the driver runs on the cluster too: give --binary a path it can
read, e.g. hdfs:///tools/newslens.) Python 3 and pyspark must be on the executors; nothing else.
Exit status: 0 done; 1 done, but some lines could not be analysed (as `newslens batch`);
2 the job failed (a task failed for good, the output exists, a bad option).
"""

import argparse
import itertools
import json
import os
import re
import stat
import subprocess
import sys
import threading
import traceback

from pyspark import SparkConf, SparkContext, SparkFiles


def input_paths(sc, paths):
    """The input files in order: each path (or glob) as given, a directory as its files by name."""
    jvm, conf = sc._jvm, sc._jsc.hadoopConfiguration()
    out = []
    for p in paths:
        path = jvm.org.apache.hadoop.fs.Path(p)
        matches = path.getFileSystem(conf).globStatus(path) or []  # sorted by name
        if not matches:
            raise SystemExit(f"newslens_spark: no input matches {p}")
        for m in matches:
            # A directory listing is in no set order, but a glob's matches are sorted by name;
            # Hadoop's hidden-file filter leaves out _SUCCESS, .crc and the like.
            out.append(m.getPath().toString() + ("/*" if m.isDirectory() else ""))
    return ",".join(out)


def analyse_partition(binary_name, offsets, jobs, bad_lines):
    """A mapPartitions function: (line, input index) pairs in, newslens batch lines out."""

    def run(pairs):
        first = next(pairs, None)
        if first is None:
            return
        start = first[1]  # lines before this partition, to number error lines as in the input
        binary = SparkFiles.get(binary_name)
        if not os.access(binary, os.X_OK):
            os.chmod(binary, os.stat(binary).st_mode | stat.S_IXUSR)
        proc = subprocess.Popen([binary, "batch", "-", "--offsets", offsets, "--jobs", str(jobs)],
                                stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE)
        expected = 0  # the lines newslens answers: all but blank ones

        def feed():
            nonlocal expected
            try:
                for line, _ in itertools.chain([first], pairs):
                    if line.strip(" \t\n\r\f"):  # blank as Rust's is_ascii_whitespace
                        expected += 1
                    proc.stdin.write(line.encode("utf-8") + b"\n")
                proc.stdin.close()
            except BrokenPipeError:  # the binary died: its exit status says why
                pass

        errors = []
        feeder = threading.Thread(target=feed)
        reader = threading.Thread(target=lambda: errors.append(proc.stderr.read()))
        feeder.start()
        reader.start()
        produced = 0
        for out in proc.stdout:
            produced += 1
            out = out.decode("utf-8").rstrip("\n")
            record = json.loads(out)
            if set(record) == {"id", "line", "error"}:
                bad_lines.add(1)
                record["line"] += start
                out = json.dumps(record, ensure_ascii=False, separators=(",", ":"))
            yield out
        feeder.join()
        reader.join()
        status = proc.wait()
        stderr = errors[0].decode("utf-8", "replace")
        # The binary numbers lines from the start of its partition: renumber them for the log.
        stderr = re.sub(r"^newslens: line (\d+)",
                        lambda m: f"newslens: line {int(m.group(1)) + start}", stderr, flags=re.M)
        sys.stderr.write(stderr)
        if status not in (0, 1) or produced != expected:
            raise RuntimeError(f"newslens batch exited with {status} after {produced} of "
                               f"{expected} lines (input lines from {start + 1}): {stderr}")

    return run


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("inputs", nargs="+", help="JSON Lines files, directories or globs")
    ap.add_argument("output", help="output directory (must not exist)")
    ap.add_argument("--binary", default="target/release/newslens",
                    help="the newslens binary, shipped to the executors (default: %(default)s)")
    ap.add_argument("--partitions", type=int, default=None,
                    help="at least this many partitions (default: Spark's, by file size)")
    ap.add_argument("--offsets", default="chars", choices=["utf16", "chars", "utf8"])
    args = ap.parse_args(argv)

    # RDDs only: a SparkContext starts seconds faster than a SparkSession.
    sc = SparkContext.getOrCreate(SparkConf().setAppName("newslens batch")
        # Lines end at \n only, as newslens reads them (Hadoop's default also splits at \r).
        .set("spark.hadoop.textinputformat.record.delimiter", "\n"))
    sc.setLogLevel("WARN")
    sc.addFile(args.binary if "://" in args.binary else os.path.abspath(args.binary))
    bad_lines = sc.accumulator(0)
    # One newslens process per task, with the task's cores (batch would take every core).
    jobs = int(sc.getConf().get("spark.task.cpus", "1"))
    lines = sc.textFile(input_paths(sc, args.inputs), args.partitions or sc.defaultMinPartitions)
    analyse = analyse_partition(os.path.basename(args.binary), args.offsets, jobs, bad_lines)
    try:
        lines.zipWithIndex().mapPartitions(analyse).saveAsTextFile(args.output)
    except Exception:  # a task failed for good, or the output exists: not the status of bad lines
        traceback.print_exc()
        return 2
    finally:
        sc.stop()
    if bad_lines.value:
        print(f"newslens_spark: {bad_lines.value} line(s) could not be analysed; the others were",
              file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
