/**
 * Reporting lines form a forest: following "manager of" from anyone must end at someone without a
 * manager. Each node has at most one manager, so every cycle is found by walking once from each start
 * (linear time), and each node belongs to at most one cycle.
 */
export function findManagerCycles<K>(
  starts: Iterable<K>,
  managerOf: (node: K) => K | null | undefined,
): K[][] {
  const state = new Map<K, 'walking' | 'done'>();
  const cycles: K[][] = [];
  for (const start of starts) {
    const path: K[] = [];
    let node: K | null | undefined = start;
    while (node !== null && node !== undefined && !state.has(node)) {
      state.set(node, 'walking');
      path.push(node);
      node = managerOf(node);
    }
    if (node !== null && node !== undefined && state.get(node) === 'walking') {
      cycles.push(path.slice(path.indexOf(node)));
    }
    for (const walked of path) state.set(walked, 'done');
  }
  return cycles;
}

/** "a → b → c → a", shortened in the middle when the loop is long. */
export function describeCycle(cycle: readonly string[], from: number): string {
  const ordered = [...cycle.slice(from), ...cycle.slice(0, from)];
  const shown = ordered.length > 6 ? [...ordered.slice(0, 3), '…', ...ordered.slice(-2)] : ordered;
  return [...shown, ordered[0]].join(' → ');
}
