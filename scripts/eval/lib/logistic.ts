/**
 * A plain L2-regularised logistic regression by batch gradient descent: small data (about a
 * thousand figures, forty features), no dependency. Feature 0 is the bias (not regularised).
 */
export interface Example {
  x: readonly number[];
  y: 0 | 1;
}

export function fitLogistic(
  examples: readonly Example[],
  { l2 = 1, rate = 0.1, steps = 1500 } = {},
): number[] {
  const d = examples[0]?.x.length ?? 0;
  const w = new Array<number>(d).fill(0);
  const n = Math.max(1, examples.length);
  for (let step = 0; step < steps; step++) {
    const grad = new Array<number>(d).fill(0);
    for (const e of examples) {
      const err = probability(w, e.x) - e.y;
      for (let j = 0; j < d; j++) grad[j] = (grad[j] as number) + err * (e.x[j] as number);
    }
    for (let j = 0; j < d; j++) {
      const reg = j === 0 ? 0 : l2 * (w[j] as number);
      w[j] = (w[j] as number) - (rate * ((grad[j] as number) + reg)) / n;
    }
  }
  return w;
}

export function probability(w: readonly number[], x: readonly number[]): number {
  let z = 0;
  for (let j = 0; j < x.length; j++) z += (w[j] ?? 0) * (x[j] as number);
  return 1 / (1 + Math.exp(-z));
}
