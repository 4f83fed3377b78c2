#!/usr/bin/env python3
"""docket on Apache Spark.

paths -> partial records (`docket extract --partial` on each partition, the
binary shipped with SparkContext.addFile) -> keyed by start_date, the blocking
key -> grouped -> `docket merge` per partition of groups -> one JSON Lines
file sorted as docket sorts. The result is byte for byte what one
`docket extract --paths-from LIST` over the same paths writes.

    spark-submit examples/spark/docket_job.py --docket target/release/docket \
        --paths paths.txt --partitions 64 --out records.jsonl
"""
import argparse
import json
import os
import stat
import subprocess
import sys

from pyspark import SparkContext, SparkFiles


def docket_binary():
    """The binary shipped to this executor, made executable."""
    path = SparkFiles.get("docket")
    mode = os.stat(path).st_mode
    if not mode & stat.S_IXUSR:
        os.chmod(path, mode | stat.S_IXUSR | stat.S_IXGRP | stat.S_IXOTH)
    return path


def run_docket(args, lines):
    """Runs docket with `lines` on standard input; its warnings go to the executor log."""
    proc = subprocess.run([docket_binary(), *args], input="".join(l + "\n" for l in lines),
                          capture_output=True, text=True)
    if proc.stderr:
        sys.stderr.write(proc.stderr)
    if proc.returncode not in (0, 1):  # 1: some input failed, the others were extracted
        raise RuntimeError(f"docket {' '.join(args)} exited {proc.returncode}: {proc.stderr}")
    return proc.stdout.splitlines()


def extract_partition(paths):
    paths = list(paths)
    return run_docket(["extract", "--partial", "--quiet", "--paths-from", "-"], paths) if paths else []


def merge_partition(groups):
    lines = [line for _, group in groups for line in group]
    return run_docket(["merge", "-"], lines) if lines else []


def docket_order(line):
    """docket's output order: start_date, start_time (none first), title, id."""
    r = json.loads(line)
    return (r["start_date"], r["start_time"] is not None, r["start_time"] or "", r["title"], r["id"])


def run(sc, docket, paths, partitions):
    sc.addFile(os.path.abspath(docket))
    partial = sc.parallelize(paths, partitions).mapPartitions(extract_partition)
    by_day = partial.map(lambda line: (json.loads(line)["start_date"], line)).groupByKey(partitions)
    merged = by_day.mapPartitions(merge_partition)
    return merged.sortBy(docket_order, numPartitions=1).collect()


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--docket", required=True, help="the docket binary to ship to the executors")
    p.add_argument("--paths", required=True, help="a file of input paths, one per line (readable by every executor)")
    p.add_argument("--partitions", type=int, default=8)
    p.add_argument("--out", required=True, help="the JSON Lines file to write")
    a = p.parse_args()
    with open(a.paths, encoding="utf-8") as f:
        paths = [line.strip() for line in f if line.strip()]
    sc = SparkContext(appName="docket")
    try:
        lines = run(sc, a.docket, paths, a.partitions)
    finally:
        sc.stop()
    with open(a.out, "w", encoding="utf-8") as f:
        f.writelines(line + "\n" for line in lines)


if __name__ == "__main__":
    main()
