#!/usr/bin/env python3
"""Opens a data package the way a researcher would: pandas reads every resource with the
types its Table Schema declares, then the schema's constraints and keys are checked.

Usage: read_datapackage.py DIR. Prints one line per resource; exits 1 on the first problem,
77 when pandas is missing."""
import json
import sys
from pathlib import Path

try:
    import pandas as pd
except ImportError:
    print("pandas is not installed", file=sys.stderr)
    sys.exit(77)

DTYPES = {"string": "string", "integer": "Int64", "number": "float64"}


def fail(message):
    print(message, file=sys.stderr)
    sys.exit(1)


def main(folder):
    folder = Path(folder)
    package = json.loads((folder / "datapackage.json").read_text(encoding="utf-8"))
    if package.get("profile") != "tabular-data-package":
        fail("not a tabular data package")
    frames = {}
    for resource in package["resources"]:
        fields = resource["schema"]["fields"]
        names = [f["name"] for f in fields]
        frame = pd.read_csv(folder / resource["path"], encoding="utf-8",
                            dtype={f["name"]: DTYPES[f["type"]] for f in fields},
                            keep_default_na=False, na_values=[""])
        if list(frame.columns) != names:
            fail(f"{resource['name']}: columns {list(frame.columns)} != schema {names}")
        for f in fields:
            constraints = f.get("constraints", {})
            column = frame[f["name"]]
            if constraints.get("required") and column.isna().any():
                fail(f"{resource['name']}.{f['name']}: a required value is missing")
            if constraints.get("unique") and column.dropna().duplicated().any():
                fail(f"{resource['name']}.{f['name']}: values are not unique")
            if "minimum" in constraints and (column.dropna() < constraints["minimum"]).any():
                fail(f"{resource['name']}.{f['name']}: below {constraints['minimum']}")
        key = resource["schema"].get("primaryKey")
        if key and frame.duplicated(subset=key).any():
            fail(f"{resource['name']}: primary key {key} is not unique")
        frames[resource["name"]] = frame
        print(f"{resource['name']}: {len(frame)} rows, {len(frame.columns)} columns")
    for resource in package["resources"]:
        for fk in resource["schema"].get("foreignKeys", []):
            fields = fk["fields"] if isinstance(fk["fields"], list) else [fk["fields"]]
            ref = fk["reference"]
            target = frames[ref["resource"] or resource["name"]]
            ref_fields = ref["fields"] if isinstance(ref["fields"], list) else [ref["fields"]]
            rows = frames[resource["name"]][fields].dropna()
            # Keys compared as text, so an integer position matches in either table.
            have = set(map(tuple, target[ref_fields].astype(str).values.tolist()))
            for row in rows.astype(str).values.tolist():
                if tuple(row) not in have:
                    fail(f"{resource['name']}: {fields} = {row} names no row of {ref_fields}")
    # Figures read as numbers, texts in three languages, as a reader would use them.
    observations = frames["observations"]
    if observations["value"].dtype.kind != "f" or observations["year"].dtype.name != "Int64":
        fail("observations: value or year did not read as numbers")
    if not {"title_en", "title_fr", "title_ru"} <= set(frames["events"].columns):
        fail("events: titles are not in three languages")


if __name__ == "__main__":
    main(sys.argv[1])
