#!/usr/bin/env python3
"""The Spark job in local mode (local[2]) gives the bytes of one docket run.

Run from the repository root after `cargo build --release --examples`:
    python3 examples/spark/test_local.py
It extracts the fixtures and a generated corpus of a few thousand pages over
several partitions and compares with `docket extract --paths-from`.
"""
import os
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(__file__))
import docket_job  # noqa: E402
from pyspark import SparkConf, SparkContext  # noqa: E402

DOCKET = "target/release/docket"
GEN = "target/release/examples/gen_corpus"


def main():
    started = time.time()
    with tempfile.TemporaryDirectory() as tmp:
        corpus = os.path.join(tmp, "corpus")
        subprocess.run([GEN, "--mb", "10", "--seed", "7", corpus], check=True)
        paths = sorted(os.path.join("fixtures", n) for n in os.listdir("fixtures"))
        for root, _, files in sorted(os.walk(corpus)):
            paths += sorted(os.path.join(root, f) for f in files)
        listing = os.path.join(tmp, "paths.txt")
        with open(listing, "w", encoding="utf-8") as f:
            f.writelines(p + "\n" for p in paths)
        expected = subprocess.run([DOCKET, "extract", "--paths-from", listing], check=True,
                                  capture_output=True, text=True).stdout
        conf = SparkConf().setMaster("local[2]").setAppName("docket-test").set("spark.ui.enabled", "false")
        sc = SparkContext(conf=conf)
        sc.setLogLevel("ERROR")
        sc.addPyFile(docket_job.__file__)  # the workers unpickle its functions
        try:
            lines = docket_job.run(sc, DOCKET, paths, partitions=6)
        finally:
            sc.stop()
        got = "".join(line + "\n" for line in lines)
        records = expected.count("\n")
        assert got == expected, f"Spark output differs from docket extract ({len(lines)} vs {records} records)"
        print(f"spark local[2]: {len(paths)} pages, {records} records, identical to docket extract; {time.time() - started:.1f} s")


if __name__ == "__main__":
    main()
