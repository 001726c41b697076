#!/usr/bin/env python3
"""Extracts the functions the tables of stdlib.md §2-§14 list, one
`Module.name` per line (prelude functions as `Prelude.name`), into
stdlib/spec_functions.txt. The coverage test of mesh-rt
(crates/mesh-rt/tests/stdlib_coverage.rs) checks each against the
bindings in stdlib/*.mpl and stdlib/deferred.txt.

Usage: scripts/stdlib_names.py [path/to/stdlib.md] [output]
"""
import re
import sys

SPEC = sys.argv[1] if len(sys.argv) > 1 else "/work/shared/spec/stdlib.md"
OUTPUT = sys.argv[2] if len(sys.argv) > 2 else "stdlib/spec_functions.txt"

SECTION = re.compile(r"^## (\d+)\. ")
PRELUDE_ROW = re.compile(r"^\| `([a-z_][a-z0-9_]*)` \|")
MODULE_ROW = re.compile(r"^\| `([A-Z][A-Za-z]*)\.([a-z_][a-z0-9_]*)` \|")


def main():
    names = []
    section = 0
    with open(SPEC, encoding="utf-8") as spec:
        for line in spec:
            heading = SECTION.match(line)
            if heading:
                section = int(heading.group(1))
                continue
            if section == 2:
                row = PRELUDE_ROW.match(line)
                if row:
                    names.append(f"Prelude.{row.group(1)}")
            elif 3 <= section <= 14:
                row = MODULE_ROW.match(line)
                if row:
                    names.append(f"{row.group(1)}.{row.group(2)}")
    unique = list(dict.fromkeys(names))
    with open(OUTPUT, "w", encoding="utf-8") as out:
        out.write("".join(name + "\n" for name in unique))
    print(f"{len(unique)} functions written to {OUTPUT}")


if __name__ == "__main__":
    main()
