"""A Spark job: clean and split the text column of a Parquet or JSON Lines
dataset, write Parquet.

    # on this machine (PySpark from pip, Java 17)
    python spark_clean.py --master 'local[2]' in.parquet out/
    # on a cluster: the same file, the master from spark-submit
    spark-submit --master yarn --num-executors 50 spark_clean.py s3a://bucket/hplt/ s3a://bucket/clean/

Each record keeps every column; ``--text-column`` (default ``text``) is
cleaned (normalize + repair, byte for byte what ``clean --jsonl`` writes
for the field) and a column ``--sentences-column`` (default ``sentences``)
gets the sentences of the cleaned text. The text goes through the package
as Arrow arrays (``mapInArrow``): no Python object per row.

The package must be installed on every executor (``pip install
devanagari-text`` in the executors' environment, or a packed virtual
environment shipped with ``--archives``, as Spark's Python package
management page describes).
"""

from __future__ import annotations

import argparse
import os
import sys


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument(
        "input", help="Parquet or JSON Lines: a file, a folder or a glob (Spark's readers; .gz and .zst are read)"
    )
    ap.add_argument("output", help="the Parquet folder to write (replaced if it exists)")
    ap.add_argument(
        "--format",
        choices=["parquet", "json"],
        help="input format (default: json for a name with .jsonl or .json, else parquet)",
    )
    ap.add_argument("--text-column", default="text")
    ap.add_argument("--sentences-column", default="sentences", help="'' for none")
    ap.add_argument("--profile", default="safe", choices=["safe", "nlp"])
    ap.add_argument("--repair", default="artifacts", choices=["off", "artifacts", "document", "all"])
    ap.add_argument("--language", default=None, help="language hint of the splitter (hi, mr, ne, sa, ...)")
    ap.add_argument(
        "--language-column",
        default=None,
        help="a column naming each row's language (hin, mar, npi, ...): its hint replaces --language's",
    )
    ap.add_argument("--threads", type=int, default=1, help="threads per batch call in each Python worker")
    ap.add_argument("--master", default=None, help="only outside spark-submit, e.g. local[2]")
    ap.add_argument("--partitions", type=int, default=None, help="repartition the input first")
    ap.add_argument(
        "--arrow-batch-rows",
        type=int,
        default=10000,
        help="rows per Arrow batch (spark.sql.execution.arrow.maxRecordsPerBatch)",
    )
    args = ap.parse_args(argv)

    if args.master and args.master.startswith("local"):
        # Local mode: the Python workers run this interpreter (the one the
        # package is installed in), not whatever `python3` is on the PATH.
        os.environ.setdefault("PYSPARK_PYTHON", sys.executable)

    from pyspark.sql import SparkSession

    import devanagari as dv
    from devanagari.integrations.spark import clean_and_split

    builder = SparkSession.builder.appName("devanagari-clean")
    if args.master:
        builder = builder.master(args.master)
    builder = builder.config("spark.sql.execution.arrow.maxRecordsPerBatch", str(args.arrow_batch_rows))
    spark = builder.getOrCreate()
    try:
        fmt = args.format or ("json" if any(e in args.input for e in (".jsonl", ".json")) else "parquet")
        reader = spark.read
        df = reader.parquet(args.input) if fmt == "parquet" else reader.json(args.input)
        if args.partitions:
            df = df.repartition(args.partitions)
        out = clean_and_split(
            df,
            text_column=args.text_column,
            sentences_column=args.sentences_column or None,
            normalize=dv.NormalizeOptions(args.profile),
            repair=dv.RepairOptions(args.repair),
            split=dv.SplitOptions(language=args.language),
            num_threads=args.threads,
            language_column=args.language_column,
        )
        out.write.mode("overwrite").parquet(args.output)
    finally:
        spark.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
