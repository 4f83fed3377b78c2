#!/usr/bin/env python3
"""Real clients load docket's output: every golden file validates against the
committed JSON Schema, and golden/all.jsonl loads into DuckDB (and pandas and
Polars when installed) with the README's snippets, with the right row count
and column types. Run from the repository root: python3 tests/clients/load_output.py
"""
import datetime
import glob
import json
import sys
from pathlib import Path

import duckdb
import jsonschema

SCHEMA = json.loads(Path("schema/record.schema.json").read_text(encoding="utf-8"))
ALL = "golden/all.jsonl"
ROWS = sum(1 for line in Path(ALL).read_text(encoding="utf-8").splitlines() if line.strip())

# --- the README's DuckDB snippet ---
DUCKDB_SQL = """
SELECT * FROM read_json('golden/all.jsonl', format = 'newline_delimited', columns = {
    id: 'VARCHAR', title: 'VARCHAR', start_date: 'DATE', end_date: 'DATE',
    year_inferred: 'BOOLEAN', start_time: 'TIME', end_time: 'TIME',
    timezone: 'VARCHAR', utc_offset: 'VARCHAR', "start": 'TIMESTAMPTZ', "end": 'TIMESTAMPTZ',
    organizers: 'VARCHAR[]', partners: 'VARCHAR[]', location: 'VARCHAR',
    summary: 'VARCHAR', date_text: 'VARCHAR',
    sources: 'STRUCT(document VARCHAR, line BIGINT, uri VARCHAR, captured_at VARCHAR, record_id VARCHAR)[]'
})
"""
# --- end of snippet ---


def validate_golden():
    validator = jsonschema.Draft202012Validator(SCHEMA, format_checker=jsonschema.FormatChecker())
    files = sorted(glob.glob("golden/*.jsonl"))
    assert files, "no golden files"
    count = 0
    for path in files:
        for n, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), 1):
            if line.strip():
                errors = sorted(validator.iter_errors(json.loads(line)), key=str)
                assert not errors, f"{path}:{n}: {errors[0].message}"
                count += 1
    # The validator must be able to fail: a record with a wrong type does not pass.
    bad = json.loads(Path(ALL).read_text(encoding="utf-8").splitlines()[0])
    bad["start_date"] = 20240505
    assert list(validator.iter_errors(bad)), "the schema accepted a numeric date"
    print(f"schema: {count} records in {len(files)} golden files validate")


def check_duckdb():
    con = duckdb.connect()
    rel = con.sql(DUCKDB_SQL)
    types = dict(zip(rel.columns, [str(t) for t in rel.types]))
    assert con.sql(f"SELECT count(*) FROM ({DUCKDB_SQL})").fetchall()[0][0] == ROWS
    expected = {
        "start_date": "DATE", "end_date": "DATE", "year_inferred": "BOOLEAN",
        "start_time": "TIME", "start": "TIMESTAMP WITH TIME ZONE",
        "organizers": "VARCHAR[]", "partners": "VARCHAR[]", "id": "VARCHAR",
    }
    for column, t in expected.items():
        assert types[column] == t, f"{column}: {types[column]}"
    assert types["sources"].startswith("STRUCT(") and types["sources"].endswith("[]"), types["sources"]
    row = con.sql(f"SELECT start, organizers FROM ({DUCKDB_SQL}) WHERE title = 'Digital Transformation Conference for Environmental Sustainability'").fetchall()[0]
    assert row[0] == datetime.datetime(2021, 9, 15, 7, 0, tzinfo=datetime.timezone.utc), row
    assert row[1] == ["UNEP West Asia Region"], row
    print(f"duckdb {duckdb.__version__}: {ROWS} rows, types {expected}")


def check_pandas():
    try:
        import pandas as pd
    except ImportError:
        print("pandas: not installed, snippet not run")
        return
    # --- the README's pandas snippet ---
    df = pd.read_json("golden/all.jsonl", lines=True, dtype=False)  # no guessing: `start_time` stays text
    df["start_date"] = pd.to_datetime(df["start_date"], format="%Y-%m-%d")
    df["end_date"] = pd.to_datetime(df["end_date"], format="%Y-%m-%d")
    df["start"] = pd.to_datetime(df["start"], utc=True, format="ISO8601")
    df["end"] = pd.to_datetime(df["end"], utc=True, format="ISO8601")
    # --- end of snippet ---
    assert len(df) == ROWS
    assert str(df["start_date"].dtype).startswith("datetime64"), df["start_date"].dtype
    assert df["start_time"].dropna().map(type).eq(str).all(), "start_time must stay text"
    assert str(df["start"].dtype).startswith("datetime64") and "UTC" in str(df["start"].dtype)
    assert isinstance(df["organizers"].iloc[0], list)
    print(f"pandas {pd.__version__}: {len(df)} rows")


def check_polars():
    try:
        import polars as pl
    except ImportError:
        print("polars: not installed, snippet not run")
        return
    # --- the README's Polars snippet ---
    source = pl.Struct({"document": pl.Utf8, "line": pl.Int64, "uri": pl.Utf8, "captured_at": pl.Utf8, "record_id": pl.Utf8})
    schema = {
        "id": pl.Utf8, "title": pl.Utf8, "start_date": pl.Utf8, "end_date": pl.Utf8,
        "year_inferred": pl.Boolean, "start_time": pl.Utf8, "end_time": pl.Utf8,
        "timezone": pl.Utf8, "utc_offset": pl.Utf8, "start": pl.Utf8, "end": pl.Utf8,
        "organizers": pl.List(pl.Utf8), "partners": pl.List(pl.Utf8), "location": pl.Utf8,
        "summary": pl.Utf8, "date_text": pl.Utf8, "sources": pl.List(source),
    }
    df = pl.read_ndjson("golden/all.jsonl", schema=schema).with_columns(
        pl.col("start_date", "end_date").str.to_date("%Y-%m-%d"),
        pl.col("start", "end").str.to_datetime("%Y-%m-%dT%H:%M:%S%:z", time_zone="UTC"),
    )
    # --- end of snippet ---
    assert df.height == ROWS
    assert df.schema["start_date"] == pl.Date and df.schema["organizers"] == pl.List(pl.Utf8)
    assert isinstance(df.schema["start"], pl.Datetime)
    print(f"polars {pl.__version__}: {df.height} rows")


if __name__ == "__main__":
    validate_golden()
    check_duckdb()
    check_pandas()
    check_polars()
    sys.exit(0)
