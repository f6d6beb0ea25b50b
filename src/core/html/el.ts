/** Make an element with properties and children: the islands' one small DOM builder. */
export const el = <K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}, ...children: (Node | string)[]) => {
	const node = Object.assign(document.createElement(tag), props);
	node.append(...children);
	return node;
};
