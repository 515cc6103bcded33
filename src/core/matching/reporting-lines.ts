import { type Issue, issue } from '#core/result';

/**
 * Management chains from manager links, as an ancestor test in O(1): the links form a forest, a
 * depth-first numbering gives each person an interval that contains exactly their reports (direct or
 * not). Broken data is reported, never looped on: an unknown manager ends the chain; a cycle is cut
 * and everyone on it counts as in each other's reporting line.
 */
export type ManagerLink = { readonly id: string; readonly managerId?: string | null | undefined };

export type ReportingLines = {
  /** True when either person is in the other's management chain (or both sit on one broken cycle). */
  readonly related: (a: string, b: string) => boolean;
  /** Position of a person in the chart (-1 when unknown), for relatedAt. */
  readonly indexOf: (id: string) => number;
  /** `related` by position: the fast path for scoring many pairs. */
  readonly relatedAt: (i: number, j: number) => boolean;
  readonly problems: readonly Issue[];
};

export function reportingLines(
  links: readonly ManagerLink[],
  sourceOf: (id: string) => Issue['path'],
): ReportingLines {
  const index = new Map<string, number>();
  for (const link of links) if (!index.has(link.id)) index.set(link.id, index.size);
  const n = index.size;
  const parent = new Int32Array(n).fill(-1);
  const problems: Issue[] = [];
  for (const link of links) {
    const self = index.get(link.id)!;
    if (link.managerId == null) continue;
    const manager = index.get(link.managerId);
    if (manager === undefined) {
      problems.push(
        issue(
          'unknown-manager',
          `manager ${link.managerId} of ${link.id} is unknown; their chain stops there`,
          [...sourceOf(link.id), 'managerId'],
        ),
      );
    } else {
      parent[self] = manager;
    }
  }
  const cycleOf = breakCycles(parent, [...index.keys()], problems, sourceOf);
  const { enter, leave } = numberForest(parent);
  const isAncestor = (a: number, b: number): boolean => enter[a]! <= enter[b]! && leave[b]! <= leave[a]!;
  const relatedAt = (i: number, j: number): boolean => {
    if (i < 0 || j < 0 || i === j) return false;
    if (cycleOf[i]! >= 0 && cycleOf[i] === cycleOf[j]) return true;
    return isAncestor(i, j) || isAncestor(j, i);
  };
  return {
    related: (a, b) => relatedAt(index.get(a) ?? -1, index.get(b) ?? -1),
    indexOf: (id) => index.get(id) ?? -1,
    relatedAt,
    problems,
  };
}

function breakCycles(
  parent: Int32Array,
  ids: readonly string[],
  problems: Issue[],
  sourceOf: (id: string) => Issue['path'],
): Int32Array {
  const n = parent.length;
  const state = new Uint8Array(n); // 0 new, 1 on the current walk, 2 done
  const cycleOf = new Int32Array(n).fill(-1);
  let cycles = 0;
  const walk: number[] = [];
  for (let start = 0; start < n; start++) {
    walk.length = 0;
    let at = start;
    while (at >= 0 && state[at] === 0) {
      state[at] = 1;
      walk.push(at);
      at = parent[at]!;
    }
    if (at >= 0 && state[at] === 1) {
      const members = walk.slice(walk.indexOf(at));
      for (const member of members) cycleOf[member] = cycles;
      cycles++;
      const names = members.map((m) => ids[m]!);
      problems.push(
        issue('manager-cycle', `manager links form a cycle: ${names.join(' → ')} → ${names[0]}`, [
          ...sourceOf(names[0]!),
          'managerId',
        ]),
      );
      parent[members[0]!] = -1;
    }
    for (const node of walk) state[node] = 2;
  }
  return cycleOf;
}

function numberForest(parent: Int32Array): { enter: Int32Array; leave: Int32Array } {
  const n = parent.length;
  const childCount = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) if (parent[i]! >= 0) childCount[parent[i]!]!++;
  const firstChild = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) firstChild[i + 1] = firstChild[i]! + childCount[i]!;
  const fill = firstChild.slice(0, n);
  const children = new Int32Array(n);
  for (let i = 0; i < n; i++) if (parent[i]! >= 0) children[fill[parent[i]!]!++] = i;
  const enter = new Int32Array(n);
  const leave = new Int32Array(n);
  const stack: number[] = [];
  const next = new Int32Array(n);
  let clock = 0;
  for (let root = 0; root < n; root++) {
    if (parent[root]! >= 0) continue;
    stack.push(root);
    enter[root] = clock++;
    next[root] = firstChild[root]!;
    while (stack.length > 0) {
      const node = stack[stack.length - 1]!;
      if (next[node]! < firstChild[node + 1]!) {
        const child = children[next[node]!++]!;
        enter[child] = clock++;
        next[child] = firstChild[child]!;
        stack.push(child);
      } else {
        leave[node] = clock++;
        stack.pop();
      }
    }
  }
  return { enter, leave };
}
