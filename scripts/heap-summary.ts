#!/usr/bin/env node
/**
 * What a V8 heap snapshot holds (issue #20: what keeps a build's memory), without DevTools:
 *
 *   node scripts/heap-summary.ts <file.heapsnapshot> [--top 25] [--retainers <constructor or string prefix>]
 *
 * Prints self size by node type and constructor, the largest strings, and retained sizes (dominator tree,
 * Cooper–Harvey–Kennedy over the strong edges) of the biggest objects, each with one retaining path from the
 * GC roots, so "a Map of 300 MB in X" can be named. `--retainers` prints paths to the largest objects whose
 * constructor (or, for strings, text) starts with the given text.
 * The snapshot format (nodes, edges, strings flattened into arrays) is described by its own `snapshot.meta`.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

const { values: args, positionals } = parseArgs({ allowPositionals: true, options: { top: { type: 'string', default: '25' }, retainers: { type: 'string' } } });
const file = positionals[0];
if (!file) {
	console.error('usage: node scripts/heap-summary.ts <file.heapsnapshot> [--top n] [--retainers text]');
	process.exit(2);
}
const TOP = Number(args.top);
const snap = JSON.parse(readFileSync(file, 'utf8')) as {
	snapshot: { meta: { node_fields: string[]; node_types: [string[], ...unknown[]]; edge_fields: string[]; edge_types: [string[], ...unknown[]] }; node_count: number };
	nodes: number[];
	edges: number[];
	strings: string[];
};
const { meta } = snap.snapshot;
const NF = meta.node_fields.length;
const EF = meta.edge_fields.length;
const nType = meta.node_fields.indexOf('type');
const nName = meta.node_fields.indexOf('name');
const nSelf = meta.node_fields.indexOf('self_size');
const nEdges = meta.node_fields.indexOf('edge_count');
const eType = meta.edge_fields.indexOf('type');
const eName = meta.edge_fields.indexOf('name_or_index');
const eTo = meta.edge_fields.indexOf('to_node');
const nodeTypes = meta.node_types[0];
const edgeTypes = meta.edge_types[0];
const WEAK = edgeTypes.indexOf('weak');
const SHORTCUT = edgeTypes.indexOf('shortcut');
const { nodes, edges, strings } = snap;
const N = nodes.length / NF;
const firstEdge = new Uint32Array(N + 1);
for (let i = 0, e = 0; i < N; i++) {
	firstEdge[i] = e;
	e += nodes[i * NF + nEdges]! * EF;
	if (i === N - 1) firstEdge[N] = e;
}
const typeOf = (i: number) => nodeTypes[nodes[i * NF + nType]!]!;
const nameOf = (i: number) => strings[nodes[i * NF + nName]!]!;
const selfOf = (i: number) => nodes[i * NF + nSelf]!;
const label = (i: number) => {
	const t = typeOf(i);
	const n = nameOf(i);
	if (t === 'string' || t === 'concatenated string' || t === 'sliced string') return `${t} "${n.slice(0, 60).replace(/\s+/g, ' ')}"…`;
	return t === 'object' || t === 'closure' ? `${t} ${n}` : `${t} ${n.slice(0, 60)}`;
};
const MB = (n: number) => `${(n / 1048576).toFixed(1)} MB`;
const total = Array.from({ length: N }, (_, i) => selfOf(i)).reduce((a, b) => a + b, 0);
console.log(`${file}: ${N} nodes, ${MB(total)} self size in all`);

// 1. Self size by type and by constructor.
const byKey = new Map<string, { size: number; count: number }>();
for (let i = 0; i < N; i++) {
	const t = typeOf(i);
	const key = t === 'object' || t === 'closure' ? `${t} ${nameOf(i)}` : t;
	const v = byKey.get(key) ?? { size: 0, count: 0 };
	v.size += selfOf(i);
	v.count++;
	byKey.set(key, v);
}
console.log(`\nSelf size by type / constructor (top ${TOP}):`);
for (const [k, v] of [...byKey].sort((a, b) => b[1].size - a[1].size).slice(0, TOP)) console.log(`  ${MB(v.size).padStart(10)} ${String(v.count).padStart(9)}×  ${k.slice(0, 100)}`);

// 2. Dominator tree over strong edges from the synthetic root (node 0), iterative (Cooper, Harvey, Kennedy).
const order = new Int32Array(N).fill(-1); // post-order index
const post: number[] = [];
{
	const stack: number[] = [0];
	const edgeAt = new Uint32Array(N);
	const seen = new Uint8Array(N);
	seen[0] = 1;
	edgeAt[0] = firstEdge[0]!;
	while (stack.length) {
		const v = stack.at(-1)!;
		let pushed = false;
		while (edgeAt[v]! < firstEdge[v + 1]!) {
			const e = edgeAt[v]!;
			edgeAt[v] = e + EF;
			const et = edges[e + eType]!;
			if (et === WEAK || et === SHORTCUT) continue;
			const w = edges[e + eTo]! / NF;
			if (!seen[w]) {
				seen[w] = 1;
				edgeAt[w] = firstEdge[w]!;
				stack.push(w);
				pushed = true;
				break;
			}
		}
		if (!pushed) {
			stack.pop();
			order[v] = post.length;
			post.push(v);
		}
	}
}
// Predecessors (strong edges, reachable nodes only).
const predCount = new Uint32Array(N + 1);
for (let v = 0; v < N; v++) {
	if (order[v]! < 0) continue;
	for (let e = firstEdge[v]!; e < firstEdge[v + 1]!; e += EF) {
		const et = edges[e + eType]!;
		if (et === WEAK || et === SHORTCUT) continue;
		predCount[edges[e + eTo]! / NF + 1]!++;
	}
}
for (let i = 0; i < N; i++) predCount[i + 1]! += predCount[i]!;
const preds = new Uint32Array(predCount[N]!);
const fill = predCount.slice(0, N);
const retainerEdge = new Int32Array(N).fill(-1);
for (let v = 0; v < N; v++) {
	if (order[v]! < 0) continue;
	for (let e = firstEdge[v]!; e < firstEdge[v + 1]!; e += EF) {
		const et = edges[e + eType]!;
		if (et === WEAK || et === SHORTCUT) continue;
		const w = edges[e + eTo]! / NF;
		preds[fill[w]!++] = v;
		if (retainerEdge[w] === -1) retainerEdge[w] = e;
	}
}
const idom = new Int32Array(N).fill(-1);
idom[0] = 0;
const intersect = (a: number, b: number) => {
	while (a !== b) {
		while (order[a]! < order[b]!) a = idom[a]!;
		while (order[b]! < order[a]!) b = idom[b]!;
	}
	return a;
};
for (let changed = true; changed; ) {
	changed = false;
	for (let k = post.length - 2; k >= 0; k--) {
		const v = post[k]!;
		let d = -1;
		for (let p = predCount[v]!; p < predCount[v + 1]!; p++) {
			const u = preds[p]!;
			if (idom[u] === -1) continue;
			d = d === -1 ? u : intersect(u, d);
		}
		if (d !== -1 && idom[v] !== d) {
			idom[v] = d;
			changed = true;
		}
	}
}
const retained = new Float64Array(N);
for (const v of post) retained[v]! += selfOf(v);
for (const v of post) if (v !== 0 && idom[v]! >= 0) retained[idom[v]!]! += retained[v]!;
/** How `from` holds `to`: a property name or an index. */
const edgeLabel = (from: number, to: number) => {
	for (let e = firstEdge[from]!; e < firstEdge[from + 1]!; e += EF) {
		if (edges[e + eTo]! / NF !== to) continue;
		const t = edgeTypes[edges[e + eType]!];
		const n = edges[e + eName]!;
		return t === 'element' || t === 'hidden' ? `[${n}]` : `.${strings[n]}`;
	}
	return '(via)';
};
/** A path of dominators from the root down to v (each step with the property that holds it when direct). */
const pathTo = (v: number) => {
	const chain: number[] = [];
	for (let x = v; x !== 0 && chain.length < 40; x = idom[x]!) chain.push(x);
	return chain
		.reverse()
		.map((x) => `${edgeLabel(idom[x]!, x)} ${label(x)} (${MB(retained[x]!)})`)
		.join('\n        ');
};
console.log(`\nLargest retained sizes, objects that are not just a step on a bigger one's path (top ${TOP}):`);
const ranked = Array.from({ length: N }, (_, i) => i)
	.filter((i) => i !== 0 && order[i]! >= 0 && typeOf(i) !== 'synthetic')
	.sort((a, b) => retained[b]! - retained[a]!);
const shown: number[] = [];
for (const v of ranked) {
	if (shown.length >= TOP || retained[v]! < 1048576) break;
	// Skip v when it holds nearly all of an already shown dominator's size (same thing, one step down).
	const parent = idom[v]!;
	const shownParent = shown.find((s) => s === parent);
	if (shownParent !== undefined && retained[v]! > 0.9 * retained[shownParent]!) {
		shown[shown.indexOf(shownParent)] = v;
		continue;
	}
	shown.push(v);
}
for (const v of shown) console.log(`  ${MB(retained[v]!).padStart(10)}  ${label(v)}\n        ${pathTo(v)}`);

// 3. The largest strings.
console.log(`\nLargest strings (top ${TOP}):`);
const strs = Array.from({ length: N }, (_, i) => i).filter((i) => typeOf(i).includes('string')).sort((a, b) => selfOf(b) - selfOf(a)).slice(0, TOP);
for (const v of strs) console.log(`  ${MB(selfOf(v)).padStart(10)}  ${label(v)}`);
let strTotal = 0;
const strByStart = new Map<string, number>();
for (let i = 0; i < N; i++) {
	if (!typeOf(i).includes('string')) continue;
	strTotal += selfOf(i);
	const start = nameOf(i).slice(0, 24).replace(/\s+/g, ' ');
	strByStart.set(start, (strByStart.get(start) ?? 0) + selfOf(i));
}
console.log(`\nStrings: ${MB(strTotal)} in all; by their first 24 characters (top ${TOP}):`);
for (const [k, v] of [...strByStart].sort((a, b) => b[1] - a[1]).slice(0, TOP)) console.log(`  ${MB(v).padStart(10)}  "${k}"`);

if (args.retainers) {
	// Shortest paths from the GC roots (breadth first over strong edges, not through the root's synthetic groups twice).
	const parent = new Int32Array(N).fill(-1);
	const parentEdge = new Int32Array(N).fill(-1);
	parent[0] = 0;
	let queue = [0];
	while (queue.length) {
		const next: number[] = [];
		for (const v of queue) {
			for (let e = firstEdge[v]!; e < firstEdge[v + 1]!; e += EF) {
				const et = edges[e + eType]!;
				if (et === WEAK || et === SHORTCUT) continue;
				const w = edges[e + eTo]! / NF;
				if (parent[w] !== -1) continue;
				parent[w] = v;
				parentEdge[w] = e;
				next.push(w);
			}
		}
		queue = next;
	}
	const shortestPath = (v: number) => {
		const chain: string[] = [];
		for (let x = v; x !== 0 && parent[x] !== -1 && chain.length < 30; x = parent[x]!) {
			const e = parentEdge[x]!;
			const t = edgeTypes[edges[e + eType]!];
			const n = edges[e + eName]!;
			chain.push(`${t === 'element' || t === 'hidden' ? `[${n}]` : `.${strings[n]}`} ${label(x)} (${MB(retained[x]!)})`);
		}
		return chain.reverse().join('\n        ');
	};
	const want = args.retainers;
	console.log(`\nShortest paths from the GC roots to the largest objects matching "${want}":`);
	const hits = ranked.filter((i) => nameOf(i).startsWith(want)).slice(0, 3);
	for (const v of hits) console.log(`  ${MB(retained[v]!).padStart(10)}  ${label(v)}\n        ${shortestPath(v)}`);
}
