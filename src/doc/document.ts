import { packed } from "../model/packed.js";
import type { MessageRecord } from "../model/records.js";
import type { LayerMap, LayerName } from "./layers.js";

/**
 * One article in the middle of the pipeline: immutable text plus named stand-off layers that
 * stages add, and positioned messages for problems in the input (problems are data; only bugs throw).
 *
 * @example
 *   const doc = new AnnotatedDoc("Blinken met Qin Gang in Beijing.");
 *   doc.set("sentences", [{ start: 0, end: 32, index: 0, furniture: false }]);
 */
export class AnnotatedDoc {
  readonly text: string;
  readonly messages: MessageRecord[] = [];
  readonly #layers = new Map<LayerName, unknown>();

  constructor(text: string) {
    this.text = text;
  }

  has(name: LayerName): boolean {
    return this.#layers.has(name);
  }

  /** A layer a stage declared in `requires`; asking for a missing one is a pipeline bug. */
  get<K extends LayerName>(name: K): LayerMap[K] {
    if (!this.#layers.has(name)) throw new Error(`layer "${name}" has not been provided`);
    return this.#layers.get(name) as LayerMap[K];
  }

  /** Keeps a copy of an array layer as a packed array: one array class for every reader (model/packed.ts). */
  set<K extends LayerName>(name: K, value: LayerMap[K]): void {
    this.#layers.set(name, Array.isArray(value) ? packed(value) : value);
  }

  slice(span: { start: number; end: number }): string {
    return this.text.slice(span.start, span.end);
  }

  /** Records a problem in the input; the same message for the same span is kept once. */
  report(message: MessageRecord): void {
    const seen = this.messages.some(
      (m) => m.rule === message.rule && m.reason === message.reason && m.start === message.start,
    );
    if (!seen) this.messages.push(message);
  }
}
