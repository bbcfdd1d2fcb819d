"""Run newslens over a partitioned JSON Lines dataset with Apache Spark, in-process.

Input: JSON Lines `{"id", "text", "dct"?}`, one article a line, in one or more files or
directories of part files (any path Spark reads: local, hdfs://, s3a://, globs).
Output: a directory of part files, one `newslens batch` line per input line (the analysis with
its `id`, or `{"id", "line", "error"}` for a line that could not be analysed).

Each Spark partition is analysed inside its Python worker by the `newslens` Python package
(`newslens.batch` in mapPartitions: the Rust core, loaded as an extension module, on the
task's cores with the GIL released), a window of lines at a time. No binary is shipped and no
process is spawned; the output is exactly what `newslens batch` prints for the same lines.

Order: part-00000, part-00001, ... are the input partitions in input order, each in input
order, and the input order is the paths as given, each directory's files by name. So
`cat OUT/part-*` is what `cat INPUT/* | newslens batch -` prints, line for line, and the
`line` of an error record is its line number in that concatenated input.

Locally (pyspark and the newslens wheel in a venv, as `make test-spark` sets up; Java 17+):
    .venv-spark/bin/spark-submit --master 'local[2]' examples/spark/newslens_spark.py in/ out/
On a cluster, `newslens` must be importable by the executors' Python: `pip install newslens`
on the nodes, or ship a packed venv that has it (venv-pack, then
`--archives venv.tar.gz#venv` with PYSPARK_PYTHON=./venv/bin/python):
    spark-submit --master yarn examples/spark/newslens_spark.py \
        --partitions 200 hdfs:///news/in hdfs:///news/out
Each task analyses on N threads with N = spark.task.cpus (default 1): with
`--conf spark.task.cpus=4` an executor runs a quarter as many tasks, each on 4 threads.
Exit status: 0 done; 1 done, but some lines could not be analysed (as `newslens batch`);
2 the job failed (a task failed for good, the output exists, a bad option).
"""

import argparse
import itertools
import json
import sys
import traceback

from pyspark import SparkConf, SparkContext

# Lines handed to the core at once, per thread: enough to keep every thread busy, few enough
# that a partition is never all in memory (as newslens batch's windows).
LINES_PER_THREAD = 32


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


def analyse_partition(offsets, jobs, bad_lines):
    """A mapPartitions function: (line, input index) pairs in, newslens batch lines out."""

    def run(pairs):
        import newslens  # on the executor

        while True:
            window = list(itertools.islice(pairs, jobs * LINES_PER_THREAD))
            if not window:
                return
            # zipWithIndex numbers lines from 0 across the whole input; batch numbers them
            # from first_line, counting the blank lines it skips.
            first_line = window[0][1] + 1
            for out in newslens.batch([line for line, _ in window], offsets=offsets, jobs=jobs,
                                      first_line=first_line):
                record = json.loads(out)
                if set(record) == {"id", "line", "error"}:
                    bad_lines.add(1)
                    shown = "" if record["id"] is None else \
                        f" (id {json.dumps(record['id'], ensure_ascii=False, separators=(',', ':'))})"
                    print(f"newslens: line {record['line']}{shown}: {record['error']}", file=sys.stderr)
                yield out

    return run


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("inputs", nargs="+", help="JSON Lines files, directories or globs")
    ap.add_argument("output", help="output directory (must not exist)")
    ap.add_argument("--partitions", type=int, default=None,
                    help="at least this many partitions (default: Spark's, by file size)")
    ap.add_argument("--offsets", default="chars", choices=["utf16", "chars", "utf8"])
    args = ap.parse_args(argv)

    # RDDs only: a SparkContext starts seconds faster than a SparkSession.
    sc = SparkContext.getOrCreate(SparkConf().setAppName("newslens batch")
        # Lines end at \n only, as newslens reads them (Hadoop's default also splits at \r).
        .set("spark.hadoop.textinputformat.record.delimiter", "\n"))
    sc.setLogLevel("WARN")
    bad_lines = sc.accumulator(0)
    # Each task on its own cores (newslens would take every core of the executor).
    jobs = int(sc.getConf().get("spark.task.cpus", "1"))
    lines = sc.textFile(input_paths(sc, args.inputs), args.partitions or sc.defaultMinPartitions)
    analyse = analyse_partition(args.offsets, jobs, bad_lines)
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
