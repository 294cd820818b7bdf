/**
 * Deep nesting, flattened. The syntax trees are walked recursively (by factlint's loaders and
 * by hast-util-from-parse5), so a file with thousands of nested list items, `>` levels or HTML
 * elements would overflow the call stack and its prose would not be checked at all. Browsers
 * cap the depth of the tree in the same way (WebKit and Blink attach elements past 512 levels
 * to the deepest allowed one); here, below `MAX_DEPTH`, wrappers that only group their content
 * (list items, block quotes, emphasis, divs, spans, links) are replaced by their children, so
 * every word of prose is still there, in order, with its exact position. Both functions work
 * with an explicit stack, never recursion, and leave shallower trees untouched.
 */

/** Levels of nesting kept as they are; deeper wrappers are unwrapped. */
export const MAX_DEPTH = 200;

// ------------------------------------------------------------ mdast

interface MdNode {
  type: string;
  children?: MdNode[];
}

/** Containers whose only meaning for prose is grouping (the block kind comes from the kept ancestor). */
const MD_TRANSPARENT = new Set(['blockquote', 'list', 'listItem', 'emphasis', 'strong', 'link', 'linkReference', 'footnoteDefinition']);

export function flattenMdast(root: MdNode, maxDepth: number = MAX_DEPTH): void {
  flatten(root, maxDepth, (node) => node.children, (node, children) => (node.children = children), (node) => (MD_TRANSPARENT.has(node.type) ? 'unwrap' : 'keep'));
}

// ------------------------------------------------------------ parse5

interface P5Node {
  nodeName: string;
  tagName?: string;
  attrs?: { name: string; value: string }[];
  childNodes?: P5Node[];
  content?: P5Node;
  parentNode?: P5Node | null;
}

/**
 * Elements that are not prose (their content is skipped by the HTML loader): past the depth
 * limit they are dropped rather than unwrapped, so a deep `<script>` never becomes prose.
 */
export function flattenParse5(root: P5Node, skipped: ReadonlySet<string>, maxDepth: number = MAX_DEPTH): void {
  const hidden = (node: P5Node): boolean => node.attrs?.some((a) => a.name === 'hidden' || (a.name === 'aria-hidden' && a.value.trim().toLowerCase() === 'true')) ?? false;
  // A <template>'s children live in its `content` fragment.
  const container = (node: P5Node): P5Node => (node.nodeName === 'template' && node.content ? node.content : node);
  flatten(
    root,
    maxDepth,
    (node) => container(node).childNodes,
    (node, children) => {
      const parent = container(node);
      parent.childNodes = children;
      for (const child of children) child.parentNode = parent;
    },
    (node) => {
      if (!node.tagName) return 'keep';
      if (skipped.has(node.tagName) || hidden(node)) return 'drop';
      return node.childNodes ? 'unwrap' : 'keep';
    },
  );
}

// ------------------------------------------------------------ shared

type Treatment = 'keep' | 'unwrap' | 'drop';

function flatten<N>(root: N, maxDepth: number, childrenOf: (node: N) => N[] | undefined, setChildren: (node: N, children: N[]) => void, deep: (node: N) => Treatment): void {
  if (!deeperThan(root, maxDepth, childrenOf)) return;
  const stack: { node: N; depth: number }[] = [{ node: root, depth: 0 }];
  while (stack.length > 0) {
    const { node, depth } = stack.pop()!;
    let children = childrenOf(node);
    if (!children || children.length === 0) continue;
    if (depth >= maxDepth) {
      children = unwrapAll(children, childrenOf, deep);
      setChildren(node, children);
    }
    for (const child of children) stack.push({ node: child, depth: depth + 1 });
  }
}

/** Children with every wrapper replaced by its content (depth first, in document order). */
function unwrapAll<N>(children: N[], childrenOf: (node: N) => N[] | undefined, deep: (node: N) => Treatment): N[] {
  const out: N[] = [];
  const stack = [...children].reverse();
  while (stack.length > 0) {
    const node = stack.pop()!;
    const treatment = deep(node);
    if (treatment === 'drop') continue;
    if (treatment === 'unwrap') {
      const inner = childrenOf(node) ?? [];
      for (let i = inner.length - 1; i >= 0; i--) stack.push(inner[i]);
      continue;
    }
    out.push(node);
  }
  return out;
}

/** Is any node deeper than `maxDepth`? (The common case answers no and leaves the tree alone.) */
function deeperThan<N>(root: N, maxDepth: number, childrenOf: (node: N) => N[] | undefined): boolean {
  const stack: { node: N; depth: number }[] = [{ node: root, depth: 0 }];
  while (stack.length > 0) {
    const { node, depth } = stack.pop()!;
    if (depth > maxDepth) return true;
    for (const child of childrenOf(node) ?? []) stack.push({ node: child, depth: depth + 1 });
  }
  return false;
}
