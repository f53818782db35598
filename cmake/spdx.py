#!/usr/bin/env python3
"""SPDX licence headers: every source file of the project starts with
`SPDX-License-Identifier: Apache-2.0` in its own comment syntax.

    spdx.py check [ROOT]   list files that lack it (exit 1 when any)
    spdx.py add [ROOT]     add it where it is missing

Source files: C/C++ (.c .h .cpp .hpp .in), Python, shell, CMake, JavaScript and
TypeScript under the tracked tree (git ls-files), tests/data and fuzz corpora aside.
"""
import subprocess
import sys
from pathlib import Path

TAG = "SPDX-License-Identifier: Apache-2.0"
COMMENT = {".c": "/*", ".h": "/*", ".cpp": "//", ".hpp": "//", ".js": "//", ".mjs": "//", ".ts": "//",
           ".py": "#", ".sh": "#", ".cmake": "#"}
SKIP = ("tests/data/", "tests/fuzz/corpus/", "node_modules/", "bindings/js/dist/")


def comment_of(path):
    if path.name == "CMakeLists.txt" or path.name == "run" and path.parent.name == ".ci":
        return "#"
    if path.suffix == ".in":
        return COMMENT.get(Path(path.stem).suffix)
    return COMMENT.get(path.suffix)


def sources(root):
    names = subprocess.run(["git", "ls-files"], cwd=root, capture_output=True, text=True, check=True).stdout
    for name in names.splitlines():
        path = Path(root) / name
        if name.startswith(SKIP) or not path.is_file() or comment_of(path) is None:
            continue
        yield name, path


def has_tag(path):
    with open(path, encoding="utf-8", errors="replace") as f:
        head = [next(f, "") for _ in range(3)]
    return any(TAG in line for line in head)


def add_tag(path):
    text = path.read_text(encoding="utf-8")
    mark = comment_of(path)
    line = f"/* {TAG} */\n" if mark == "/*" else f"{mark} {TAG}\n"
    if text.startswith("#!"):  # keep the shebang first
        first, _, rest = text.partition("\n")
        text = first + "\n" + line + rest
    else:
        text = line + text
    path.write_text(text, encoding="utf-8")


def main(argv):
    mode = argv[1] if len(argv) > 1 else "check"
    root = argv[2] if len(argv) > 2 else "."
    missing = [(n, p) for n, p in sources(root) if not has_tag(p)]
    if mode == "add":
        for _, p in missing:
            add_tag(p)
        print(f"added the SPDX header to {len(missing)} files")
        return 0
    for n, _ in missing:
        print(f"{n}: no '{TAG}' in its first three lines")
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
