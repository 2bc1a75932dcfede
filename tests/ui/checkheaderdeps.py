#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Fails when a header of the GUI side (ui/, workbench/) pulls in protobuf or nlohmann/json.

Each header is preprocessed with the include flags of a translation unit of its own folder
(from compile_commands.json) and gcc's -H include tree is read; for every header that reaches a
forbidden library the chain of includes that got there is printed, so the fix is obvious.
The GUI links those libraries only through core targets that wrap them; their headers in
the GUI's headers cost every GUI translation unit compile time and tie it to their ABI.
"""

import argparse
import json
import os
import re
import shlex
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor

# What an #include names when it brings in a forbidden library.
FORBIDDEN = {
    "protobuf": lambda name: "google/protobuf/" in name or name.endswith(".pb.h"),
    "nlohmann/json": lambda name: name.startswith("nlohmann/"),
}
INCLUDE = re.compile(r'^\s*#\s*include\s*[<"]([^>"]+)[>"]', re.MULTILINE)


def compile_command(entries, source_dir, folder):
    """The flags of one translation unit under `folder`, without its input and outputs."""
    prefix = os.path.join(source_dir, folder) + os.sep
    for entry in entries:
        if not os.path.abspath(entry["file"]).startswith(prefix):
            continue
        args = entry.get("arguments") or shlex.split(entry["command"])
        out, skip = [], 0
        for i, arg in enumerate(args):
            if skip:
                skip -= 1
                continue
            if arg in ("-o", "-MF", "-MT", "-MQ"):
                skip = 1
                continue
            # A precompiled header (HOOKBENCH_PCH) is forced into every translation unit: it
            # would put its own includes under every header checked here. gcc takes
            # `-include FILE`; clang `-Xclang -include(-pch) -Xclang FILE`.
            if arg == "-include":
                skip = 1
                continue
            if arg == "-Xclang" and i + 1 < len(args) and args[i + 1].startswith("-include"):
                skip = 3
                continue
            # Warnings as errors (HOOKBENCH_WERROR) would fail on `#pragma once` in a header
            # preprocessed as a main file.
            if arg in ("-Werror", "-Winvalid-pch", "-fpch-preprocess"):
                continue
            if arg in ("-c", "-MD", "-MMD") or os.path.abspath(
                    os.path.join(entry["directory"], arg)) == os.path.abspath(entry["file"]):
                continue
            out.append(arg)
        return out, entry["directory"]
    return None, None


def carried(path, cache):
    """The forbidden libraries `path` includes directly, as {library: included name}."""
    if path not in cache:
        found = {}
        try:
            with open(path, errors="replace") as f:
                for name in INCLUDE.findall(f.read()):
                    for library, matches in FORBIDDEN.items():
                        if matches(name):
                            found.setdefault(library, name)
        except OSError:
            pass
        cache[path] = found
    return cache[path]


def check_header(header, command, directory, source_dir, allowed):
    """Returns (header, problems): a list of 'library: a.h -> b.h -> <lib>' chains, one per
    library. Every project header the include tree reaches is read: one that includes a
    forbidden library directly is a carrier. A chain through a header in allowed[library] is
    tolerated (see --allow)."""
    proc = subprocess.run(command + ["-x", "c++", "-E", "-H", header, "-o", os.devnull],
                          cwd=directory, capture_output=True, text=True)
    if proc.returncode != 0:
        return header, ["does not preprocess:\n" + proc.stderr.strip()]
    cache, problems, seen, stack = {}, [], set(), [header]
    nodes = [(0, header)]
    for line in proc.stderr.splitlines():
        dots, _, path = line.partition(" ")
        if dots and set(dots) == {"."}:
            nodes.append((len(dots), os.path.normpath(os.path.join(directory, path))))
    for depth, path in nodes:
        del stack[depth:]
        stack.append(path)
        if not path.startswith(source_dir + os.sep) and "/build/" not in path:
            continue  # a system or Qt header
        names = [os.path.relpath(p, source_dir) for p in stack]
        for library, included in carried(path, cache).items():
            if library in seen or any(n in allowed.get(library, ()) for n in names):
                continue
            seen.add(library)
            problems.append(f"{library}: " + " -> ".join(names[1:] + [included]))
    return header, problems


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--compile-commands", required=True)
    parser.add_argument("--source-dir", required=True)
    parser.add_argument("--allow", action="append", default=[], metavar="LIBRARY=HEADER",
                        help="tolerate LIBRARY (nlohmann/json) when reached through HEADER "
                             "(a path relative to the source dir): a known leak, listed "
                             "where the test is registered")
    parser.add_argument("folders", nargs="+", help="folders whose headers are checked")
    args = parser.parse_args()
    source_dir = os.path.abspath(args.source_dir)
    allowed = {}
    for item in args.allow:
        library, _, header = item.partition("=")
        if library not in FORBIDDEN or not header:
            print(f"--allow {item}: expected one of {sorted(FORBIDDEN)}=HEADER")
            return 2
        allowed.setdefault(library, set()).add(header)
    with open(args.compile_commands) as f:
        entries = json.load(f)

    jobs = []
    for folder in args.folders:
        command, directory = compile_command(entries, source_dir, folder)
        if command is None:
            print(f"no translation unit under {folder}/ in {args.compile_commands}")
            return 1
        for root, _, files in os.walk(os.path.join(source_dir, folder)):
            for name in sorted(files):
                if name.endswith(".h"):
                    jobs.append((os.path.join(root, name), command, directory))
    if not jobs:
        print("no headers found")
        return 1

    failures = 0
    with ThreadPoolExecutor(max_workers=os.cpu_count() or 2) as pool:
        results = pool.map(lambda job: check_header(*job, source_dir, allowed), jobs)
        for header, problems in sorted(results):
            for problem in problems:
                failures += 1
                print(f"{os.path.relpath(header, source_dir)}: {problem}")
    print(f"{len(jobs)} headers checked, {failures} reach a forbidden library")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
