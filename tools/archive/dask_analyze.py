#!/usr/bin/env python3
"""Runs `analyze --jsonl` over an archive as the map step of a Dask bag.

    python3 tools/archive/dask_analyze.py ARCHIVE OUT_DIR [options]

ARCHIVE is JSON Lines, one article a line ({"id": ..., "text": ...}; a glob names several
files), or a directory of text files (each an article whose id is its path under the
directory). Dask cuts it into partitions and pipes each through the same binary,
`analyze --jsonl --threads 1`, one process per partition and as many at once as the
scheduler has workers. OUT_DIR gets the records, one file per partition in the archive's
order (00000.jsonl, 00001.jsonl, ...): `cat OUT_DIR/*.jsonl` is what `analyze --jsonl`
prints on one machine, except that an error record's "line" counts within its partition.

By default Dask runs in local mode, on this machine's cores. On a cluster, give
--scheduler tcp://HOST:8786 (with dask.distributed installed), the binary at the same
path on every worker, and ARCHIVE and OUT_DIR on storage that every worker sees.

Exit status: 0, or 1 if any article failed (its record says why), or 2 if the run
could not be made.
"""

import argparse
import json
import os
import subprocess
import sys

import dask
import dask.bag as db

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def analyze(lines, binary):
    """The records of a partition of JSON Lines, by one run of the binary."""
    data = "".join(line if line.endswith("\n") else line + "\n" for line in lines)
    # Lines that are not UTF-8 were read with surrogateescape: their bytes go back as
    # they came, for analyze to report.
    run = subprocess.run(
        [binary, "--jsonl", "--threads", "1"],
        input=data.encode("utf-8", "surrogateescape"),
        capture_output=True,
    )
    if run.returncode not in (0, 1):  # 1: some records failed, and say so
        raise RuntimeError(f"{binary} exited {run.returncode}: {run.stderr.decode()}")
    return run.stdout.decode("utf-8").splitlines()


def read_file(path, root):
    """A file as a line of JSON Lines, or the error record that stands for it."""
    name = os.path.relpath(path, root)
    try:
        with open(path, "rb") as f:
            text = f.read().decode("utf-8")
    except OSError as e:
        return None, {"id": name, "error": f"cannot read: {e.strerror}"}
    except UnicodeDecodeError as e:
        message = f"not UTF-8 text (invalid byte at offset {e.start})"
        return None, {"id": name, "error": message}
    return compact({"id": name, "text": text}), None


def compact(value):
    """JSON as analyze writes it: no spaces, UTF-8 as it is."""
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def analyze_files(paths, root, binary):
    """The records of a partition of files, in order, failures in their places."""
    read = [read_file(path, root) for path in paths]
    analyzed = iter(analyze([line for line, _ in read if line is not None], binary))
    return [next(analyzed) if line is not None else compact(error) for line, error in read]


def list_files(root):
    """Every file under root, as `analyze DIR` takes them: in name order, depth first,
    hidden files and directories skipped, links to directories not followed."""
    found = []
    for entry in sorted(os.scandir(root), key=lambda e: e.name):
        if entry.name.startswith("."):
            continue
        if entry.is_dir(follow_symlinks=False):
            found.extend(list_files(entry.path))
        elif not (entry.is_symlink() and entry.is_dir()):
            found.append(entry.path)
    return found


def records(args):
    """The bag of output records, one per article, in the archive's order."""
    if os.path.isdir(args.archive):
        paths = list_files(args.archive)
        bag = db.from_sequence(paths, partition_size=args.files_per_partition)
        return bag.map_partitions(analyze_files, args.archive, args.analyze)
    lines = db.read_text(args.archive, blocksize=args.blocksize, errors="surrogateescape")
    return lines.map_partitions(analyze, args.analyze)


def is_error(record):
    # Every error record holds this key; only those that do are parsed to make sure.
    return '"error":' in record and "error" in json.loads(record)


def run(args):
    if os.path.isdir(args.out_dir) and os.listdir(args.out_dir):
        raise RuntimeError(f"{args.out_dir} is not empty: older records would mix in")
    out = records(args)
    files = os.path.join(args.out_dir, "*.jsonl")
    with dask.config.set(scheduler=scheduler(args.scheduler)):
        out.to_textfiles(files, name_function=lambda i: f"{i:05d}", last_endline=True)
        # Counted from the files written: counting the records as they are made would
        # be a second consumer of the bag, and Dask would analyze every partition twice.
        counts = db.read_text(files).map(is_error).frequencies().compute()
    failed = dict(counts).get(True, 0)
    articles = failed + dict(counts).get(False, 0)
    print(
        f"dask_analyze: {articles} articles in {out.npartitions} partitions"
        f" -> {args.out_dir}, {failed} failed",
        file=sys.stderr,
    )
    return 1 if failed else 0


def scheduler(name):
    """A local scheduler by name, or a cluster's client by address."""
    if "://" not in name:
        return name
    from dask.distributed import Client  # only a cluster needs dask.distributed

    return Client(name)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("archive", help="JSON Lines file (or glob), or a directory of text files")
    parser.add_argument("out_dir", help="where the records go, one file per partition")
    parser.add_argument(
        "--analyze",
        default=os.path.join(ROOT, "target", "release", "analyze"),
        help="the analyze binary (default: this checkout's release build)",
    )
    parser.add_argument(
        "--scheduler",
        default="threads",
        help="threads, processes or sync (local), or a cluster's tcp://HOST:PORT",
    )
    parser.add_argument("--blocksize", default="2MiB", help="JSON Lines per partition")
    parser.add_argument("--files-per-partition", type=int, default=500)
    args = parser.parse_args()
    try:
        if not os.access(args.analyze, os.X_OK):
            raise RuntimeError(f"no analyze binary at {args.analyze} (cargo build --release)")
        return run(args)
    except (RuntimeError, OSError) as e:
        print(f"dask_analyze: {e}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
