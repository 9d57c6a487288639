// graphology 0.26 declares its types against the `graphology-types` package, a peer dependency
// that is not installed here. This declares the part of that API the analysis code calls.
// TODO: install graphology-types (a peer dependency of graphology 0.26) and delete this file.
declare module 'graphology-types' {
  export type Attributes = { [name: string]: unknown };
  export type GraphType = 'mixed' | 'directed' | 'undirected';
  export interface GraphOptions {
    type?: GraphType;
    multi?: boolean;
    allowSelfLoops?: boolean;
  }
  export type EdgeMapper<T, NodeAttributes extends Attributes = Attributes, EdgeAttributes extends Attributes = Attributes> = (
    edge: string,
    attributes: EdgeAttributes,
    source: string,
    target: string,
    sourceAttributes: NodeAttributes,
    targetAttributes: NodeAttributes,
    undirected: boolean,
  ) => T;

  export class AbstractGraph<
    NodeAttributes extends Attributes = Attributes,
    EdgeAttributes extends Attributes = Attributes,
    GraphAttributes extends Attributes = Attributes,
  > {
    constructor(options?: GraphOptions);
    readonly order: number;
    readonly size: number;
    hasNode(node: string): boolean;
    addNode(node: string, attributes?: NodeAttributes): string;
    getNodeAttribute(node: string, name: string): unknown;
    updateNodeAttribute(node: string, name: string, updater: (value: unknown) => unknown): this;
    addEdge(source: string, target: string, attributes?: EdgeAttributes): string;
    updateUndirectedEdge(source: string, target: string, updater: (attributes: EdgeAttributes) => EdgeAttributes): [string, boolean];
    forEachEdge(node: string, callback: (edge: string, attributes: EdgeAttributes, source: string, target: string) => void): void;
    forEachNode(callback: (node: string, attributes: NodeAttributes) => void): void;
    readonly _graphAttributes?: GraphAttributes;
  }
}
