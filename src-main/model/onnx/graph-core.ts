/**
 * The bookkeeping under GraphBuilder (graph-builder.ts): values with unique names, graph inputs, initializers and
 * outputs, the node list, the autodiff tape, and the final `OnnxModel` (with nodes no output needs left out).
 * Ops live in GraphBuilder; this file knows nothing about any particular op.
 */
import { formatShape, type Shape } from './dims.ts';
import {
  MICROSOFT_DOMAIN,
  bytesOf,
  type DType,
  type OnnxAttribute,
  type OnnxModel,
  type OnnxNode,
} from './onnx-model.ts';

export type FloatDType = 'float32' | 'float64';

/** A tensor in the graph. `name` is fixed when the model is written (`output()` may rename it). */
export class Value {
  constructor(
    readonly id: number,
    public name: string,
    readonly dtype: DType,
    readonly shape: Shape,
  ) {}

  get rank(): number {
    return this.shape.length;
  }
}

export interface TapeEntry {
  readonly op: string;
  readonly inputs: readonly Value[];
  readonly outputs: readonly Value[];
  /** Op parameters and intermediate values a backward rule reuses. */
  readonly saved: Readonly<Record<string, unknown>>;
}

interface PendingNode {
  opType: string;
  domain?: string;
  inputs: (Value | null)[];
  outputs: Value[];
  attributes: Record<string, OnnxAttribute>;
}

type TypedData = Float32Array | Float64Array | BigInt64Array;

export class GraphCore {
  readonly tape: TapeEntry[] = [];
  private readonly nodes: PendingNode[] = [];
  private readonly inputs: Value[] = [];
  private readonly outputs: Value[] = [];
  private readonly initializers = new Map<Value, Uint8Array>();
  private readonly constantCache = new Map<string, Value>();
  private readonly usedNames = new Set<string>();
  private nextId = 0;
  private scope = '';
  private taping = true;

  constructor(readonly name: string) {}

  input(name: string, dtype: DType, shape: Shape): Value {
    const value = this.value(name, dtype, shape, true);
    this.inputs.push(value);
    return value;
  }

  /** A constant tensor stored in the model (weights of an inference graph). */
  initializer(name: string, dtype: DType, shape: readonly number[], data: TypedData): Value {
    return this.addInitializer(this.value(name, dtype, shape, true), data);
  }

  /** Marks `value` as a graph output named `name` (renaming it in place). */
  output(value: Value, name: string): void {
    if (this.inputs.includes(value) || this.initializers.has(value) || this.outputs.includes(value)) {
      throw new Error(`output ${name}: ${value.name} is already an input, initializer or output`);
    }
    if (value.name !== name) {
      if (this.usedNames.has(name)) throw new Error(`output ${name}: name already used`);
      this.usedNames.delete(value.name);
      this.usedNames.add(name);
      value.name = name;
    }
    this.outputs.push(value);
  }

  /** Runs `build` with value names prefixed by `scope/`, for readable graphs (`h.3/matmul`). */
  within<T>(scope: string, build: () => T): T {
    const outer = this.scope;
    this.scope = `${outer}${scope}/`;
    try {
      return build();
    } finally {
      this.scope = outer;
    }
  }

  scalar(value: number, dtype: FloatDType): Value {
    return this.constant([value], dtype, []);
  }

  /** A small constant (shape vectors, scalars); identical constants are shared. */
  constant(values: readonly number[], dtype: DType, shape: readonly number[] = [values.length]): Value {
    const key = `${dtype}:${shape.join(',')}:${values.join(',')}`;
    const cached = this.constantCache.get(key);
    if (cached) return cached;
    const data =
      dtype === 'int64'
        ? BigInt64Array.from(values, (v) => BigInt(v))
        : dtype === 'float64'
          ? Float64Array.from(values)
          : Float32Array.from(values);
    const value = this.addInitializer(this.value('const', dtype, shape), data);
    this.constantCache.set(key, value);
    return value;
  }

  /** The ONNX model: nodes that no output depends on are left out. */
  toModel(): OnnxModel {
    const live = this.liveNodes();
    const nodes: OnnxNode[] = live.map((node, index) => ({
      opType: node.opType,
      domain: node.domain,
      name: `n${index}_${node.opType}`,
      inputs: node.inputs.map((v) => v?.name ?? ''),
      outputs: node.outputs.map((v) => v.name),
      attributes: node.attributes,
    }));
    const usedValues = new Set(live.flatMap((n) => n.inputs).concat(this.outputs));
    const initializers = [...this.initializers]
      .filter(([value]) => usedValues.has(value))
      .map(([value, data]) => ({ name: value.name, dtype: value.dtype, dims: value.shape as number[], data }));
    const info = (v: Value) => ({ name: v.name, dtype: v.dtype, shape: v.shape });
    return {
      graph: {
        name: this.name,
        nodes,
        inputs: this.inputs.map(info),
        outputs: this.outputs.map(info),
        initializers,
      },
      extraOpsets: live.some((n) => n.domain === MICROSOFT_DOMAIN) ? [{ domain: MICROSOFT_DOMAIN, version: 1 }] : [],
    };
  }

  /** A new value named `scope/base` (made unique), or exactly `base` for graph inputs and initializers. */
  protected value(base: string, dtype: DType, shape: Shape, exactName = false): Value {
    const name = exactName ? base : this.uniqueName(`${this.scope}${base}`);
    if (exactName) {
      if (this.usedNames.has(name)) throw new Error(`duplicate value name ${name}`);
      this.usedNames.add(name);
    }
    return new Value(this.nextId++, name, dtype, shape);
  }

  protected node(
    opType: string,
    inputs: (Value | null)[],
    outputs: Value[],
    attributes: Record<string, OnnxAttribute> = {},
    domain?: string,
  ): void {
    this.nodes.push({ opType, domain, inputs, outputs, attributes });
  }

  protected record(
    op: string,
    inputs: readonly Value[],
    outputs: readonly Value[],
    saved: Record<string, unknown>,
  ): void {
    if (this.taping) this.tape.push({ op, inputs, outputs, saved });
  }

  /** Builds the inside of a primitive without taping it: the primitive has its own backward rule. */
  protected offTape<T>(build: () => T): T {
    const outer = this.taping;
    this.taping = false;
    try {
      return build();
    } finally {
      this.taping = outer;
    }
  }

  private uniqueName(base: string): string {
    let name = base;
    for (let i = 1; this.usedNames.has(name); i++) name = `${base}_${i}`;
    this.usedNames.add(name);
    return name;
  }

  private addInitializer(value: Value, data: TypedData): Value {
    const size = value.shape.reduce<number>((a, b) => a * (b as number), 1);
    if (data.length !== size)
      throw new Error(`initializer ${value.name}: ${data.length} values for shape ${formatShape(value.shape)}`);
    this.initializers.set(value, bytesOf(data));
    return value;
  }

  private liveNodes(): PendingNode[] {
    const needed = new Set<Value>(this.outputs);
    const live: PendingNode[] = [];
    for (let i = this.nodes.length - 1; i >= 0; i--) {
      const node = this.nodes[i];
      if (!node.outputs.some((v) => needed.has(v))) continue;
      live.push(node);
      for (const input of node.inputs) if (input) needed.add(input);
    }
    return live.reverse();
  }
}
