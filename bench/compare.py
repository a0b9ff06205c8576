#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Runs the benchmark workload written by `yike-bench-search FILE --export DIR` through
networkx and igraph (Debian's python3-networkx, python3-igraph), prints their time next to
ours, and checks that every node's walking distance agrees within 0.01 m.

usage: compare.py DIR
"""
import csv
import math
import sys
import time
from collections import defaultdict


def load(directory):
    with open(f"{directory}/workload.txt") as f:
        meta = dict(line.split() for line in f if line.strip())
    arcs = [(int(r["tail"]), int(r["head"]), float(r["seconds"]))
            for r in csv.DictReader(open(f"{directory}/arcs.csv"))]
    seeds = defaultdict(list)
    for r in csv.DictReader(open(f"{directory}/sources.csv")):
        seeds[int(r["category"])].append((int(r["node"]), float(r["seconds"])))
    ours = defaultdict(dict)
    for r in csv.DictReader(open(f"{directory}/ours.csv")):
        ours[int(r["category"])][int(r["node"])] = float(r["seconds"])
    return meta, arcs, seeds, ours


def with_networkx(nodes, arcs, seeds, budget):
    import networkx as nx
    graph = nx.DiGraph()
    graph.add_nodes_from(range(nodes))
    for u, v, s in arcs:  # parallel arcs: keep the cheaper one
        if not graph.has_edge(u, v) or graph[u][v]["w"] > s:
            graph.add_edge(u, v, w=s)
    start = time.perf_counter()
    result = {}
    for category, category_seeds in seeds.items():
        source = ("source", category)
        for node, seconds in category_seeds:  # two facilities may seed the same node
            if not graph.has_edge(source, node) or graph[source][node]["w"] > seconds:
                graph.add_edge(source, node, w=seconds)
        lengths = nx.single_source_dijkstra_path_length(graph, source, cutoff=budget, weight="w")
        graph.remove_node(source)
        result[category] = {n: t for n, t in lengths.items() if n != source}
    return time.perf_counter() - start, result


def with_igraph(nodes, arcs, seeds, budget):
    import igraph as ig
    best = {}
    for u, v, s in arcs:
        if best.get((u, v), math.inf) > s:
            best[(u, v)] = s
    start = time.perf_counter()
    result = {}
    for category, category_seeds in seeds.items():
        source = nodes  # one extra vertex per run
        edges = list(best.keys()) + [(source, n) for n, _ in category_seeds]
        weights = list(best.values()) + [s for _, s in category_seeds]
        graph = ig.Graph(n=nodes + 1, edges=edges, directed=True)
        distances = graph.distances(source=[source], weights=weights, mode="out")[0]
        result[category] = {n: d for n, d in enumerate(distances[:nodes]) if d <= budget}
    return time.perf_counter() - start, result


def compare(name, theirs, ours, speed):
    worst = 0.0
    mismatched = 0
    for category, times in ours.items():
        other = theirs.get(category, {})
        for node in set(times) | set(other):
            a, b = times.get(node), other.get(node)
            if a is None or b is None:
                # Only allowed exactly at the budget edge (float rounding of the cutoff).
                mismatched += 1
                continue
            worst = max(worst, abs(a - b) * speed)
    return worst, mismatched


def main():
    if len(sys.argv) != 2:
        print(__doc__)
        return 2
    meta, arcs, seeds, ours = load(sys.argv[1])
    budget, speed, nodes = float(meta["budget_s"]), float(meta["speed_m_per_s"]), int(meta["nodes"])
    ours_seconds = float(meta["ours_seconds"])
    print(f"ours (all cores): {ours_seconds:.4f} s")
    print(f"workload: {nodes} nodes, {len(arcs)} arcs, {len(seeds)} categories, budget {budget:.0f} s")
    failures = 0
    for name, run in (("networkx", with_networkx), ("igraph", with_igraph)):
        try:
            seconds, theirs = run(nodes, arcs, seeds, budget)
        except ImportError as error:
            print(f"{name}: skipped ({error})")
            continue
        worst, mismatched = compare(name, theirs, ours, speed)
        ratio = f", ratio {seconds / ours_seconds:.0f}x"
        ok = worst <= 0.01 and mismatched == 0
        failures += 0 if ok else 1
        print(f"{name}: {seconds:.3f} s{ratio}; largest difference {worst:.6f} m, "
              f"{mismatched} nodes reached by only one side -> {'agree' if ok else 'DISAGREE'}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
