"""scipy's side of `npm run bench:match`: times the solve only, median of RUNS, prints JSON lines.

  dense FILE N RUNS     linear_sum_assignment(maximize=True) on an n x n float64 matrix (NaN = forbidden)
  sparse PREFIX RUNS    min_weight_full_bipartite_matching(maximize=True) on a CSR graph
"""
import json
import statistics
import sys
import time

import numpy as np
from scipy.optimize import linear_sum_assignment
from scipy.sparse import csr_matrix
from scipy.sparse.csgraph import min_weight_full_bipartite_matching

mode = sys.argv[1]
if mode == "dense":
    path, n, runs = sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
    m = np.fromfile(path, dtype=np.float64).reshape(n, n)
    m[np.isnan(m)] = -np.inf
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        r, c = linear_sum_assignment(m, maximize=True)
        times.append(time.perf_counter() - t)
    print(json.dumps({"seconds": statistics.median(times), "total": float(m[r, c].sum()), "pairs": int(len(r))}))
else:
    prefix, runs = sys.argv[2], int(sys.argv[3])
    meta = json.load(open(prefix + ".json"))
    indptr = np.fromfile(prefix + ".indptr", dtype=np.int32)
    indices = np.fromfile(prefix + ".indices", dtype=np.int32)
    data = np.fromfile(prefix + ".data", dtype=np.float64)
    graph = csr_matrix((data, indices, indptr), shape=(meta["rows"], meta["cols"]))
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        r, c = min_weight_full_bipartite_matching(graph, maximize=True)
        times.append(time.perf_counter() - t)
    print(json.dumps({"seconds": statistics.median(times), "total": float(graph[r, c].sum()), "pairs": int(len(r))}))
