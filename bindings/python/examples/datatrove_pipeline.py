"""A datatrove pipeline: JSON Lines shards → clean → split → filter → JSON
Lines shards.

    pip install 'devanagari-text[datatrove]'
    python datatrove_pipeline.py in/ out/ --tasks 4 --workers 2

Reads every ``*.jsonl``, ``*.jsonl.gz`` and ``*.jsonl.zst`` file under the
input folder (the tasks share the files out), cleans each document
(normalize + repair, counts in ``metadata["devanagari"]``), splits it into
sentences (``metadata["sentences"]``), drops the documents whose counts say
they are junk (to ``out/removed/``, with the reason in
``metadata["filter_reason"]``) and writes the others to
``out/${rank}.jsonl.zst``: ``{"text", "id", "metadata"}`` per line. Logs and
stats go to ``out/logs/``.

On a cluster the pipeline is the same list of steps; only the executor
changes (``--executor slurm`` builds datatrove's ``SlurmPipelineExecutor``
with ``--partition`` and ``--time``; the folders can be ``s3://`` or
``hf://`` paths, which datatrove opens through fsspec).
"""

from __future__ import annotations

import argparse
import os
import sys


def build_pipeline(args):
    from datatrove.pipeline.readers import JsonlReader
    from datatrove.pipeline.writers import JsonlWriter

    import devanagari as dv
    from devanagari.integrations.datatrove import DevanagariClean, DevanagariFilter, DevanagariSplit, document_adapter

    out = args.output.rstrip("/")
    return [
        JsonlReader(
            args.input,
            glob_pattern=args.glob,
            text_key=args.text_key,
            id_key=args.id_key,
            add_file_path=False,
        ),
        DevanagariClean(
            dv.NormalizeOptions(args.profile),
            dv.RepairOptions(args.repair),
            counts=not args.no_counts,
            batch_size=args.batch_size,
        ),
        DevanagariSplit(
            dv.SplitOptions(language=args.language),
            language_key=args.language_key,
            batch_size=args.batch_size,
        ),
        *(
            []
            if args.no_counts
            else [
                DevanagariFilter(
                    max_invisible_per_kchar=args.max_invisible_per_kchar,
                    max_orphan_marks=args.max_orphan_marks,
                    max_findings_per_kchar=args.max_findings_per_kchar,
                    min_sentences=args.min_sentences,
                    exclusion_writer=JsonlWriter(
                        f"{out}/removed",
                        output_filename="${rank}.jsonl.zst",
                        compression="zstd",
                        adapter=document_adapter,
                    ),
                )
            ]
        ),
        # document_adapter: the records datatrove's default adapter writes,
        # without a deep copy of every document.
        JsonlWriter(out, output_filename="${rank}.jsonl.zst", compression="zstd", adapter=document_adapter),
    ]


def build_executor(args, pipeline):
    logs = args.logging_dir or os.path.join(args.output, "logs")
    if args.executor == "slurm":
        from datatrove.executor import SlurmPipelineExecutor

        return SlurmPipelineExecutor(
            pipeline=pipeline,
            tasks=args.tasks,
            time=args.time,
            partition=args.partition,
            job_name="devanagari-clean",
            logging_dir=logs,
            cpus_per_task=1,
        )
    from datatrove.executor import LocalPipelineExecutor

    return LocalPipelineExecutor(
        pipeline=pipeline,
        tasks=args.tasks,
        workers=args.workers,
        logging_dir=logs,
        skip_completed=not args.rerun,
    )


def parse_args(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("input", help="folder of JSON Lines shards (local, s3://, hf://, ...)")
    ap.add_argument("output", help="output folder")
    ap.add_argument("--glob", default="*.jsonl*", help="which files of the input folder (default: *.jsonl*)")
    ap.add_argument("--text-key", default="text")
    ap.add_argument("--id-key", default="id")
    ap.add_argument("--tasks", type=int, default=4, help="tasks (each takes its share of the files)")
    ap.add_argument("--workers", type=int, default=-1, help="tasks at once on this machine (-1: all)")
    ap.add_argument("--executor", choices=["local", "slurm"], default="local")
    ap.add_argument("--partition", default=None, help="Slurm partition (with --executor slurm)")
    ap.add_argument("--time", default="04:00:00", help="Slurm time limit (with --executor slurm)")
    ap.add_argument("--logging-dir", default=None, help="default: OUTPUT/logs")
    ap.add_argument("--rerun", action="store_true", help="run tasks that completed before too")
    ap.add_argument("--profile", default="safe", choices=["safe", "nlp"])
    ap.add_argument("--repair", default="artifacts", choices=["off", "artifacts", "document", "all"])
    ap.add_argument("--language", default=None, help="splitter language hint for every document (hi, mr, ne, ...)")
    ap.add_argument("--language-key", default=None, help="metadata key of each document's language (e.g. lang)")
    ap.add_argument("--batch-size", type=int, default=1000)
    ap.add_argument("--no-counts", action="store_true", help="clean without counting (and without the filter)")
    ap.add_argument("--max-invisible-per-kchar", type=float, default=200.0)
    ap.add_argument("--max-orphan-marks", type=int, default=3)
    ap.add_argument("--max-findings-per-kchar", type=float, default=None)
    ap.add_argument("--min-sentences", type=int, default=None)
    args = ap.parse_args(argv)
    if args.executor == "slurm" and not args.partition:
        ap.error("--executor slurm needs --partition")
    return args


def main(argv=None) -> int:
    args = parse_args(argv)
    executor = build_executor(args, build_pipeline(args))
    executor.run()
    return 0


if __name__ == "__main__":
    sys.exit(main())
