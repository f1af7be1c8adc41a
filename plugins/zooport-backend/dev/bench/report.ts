/* eslint-disable no-console */

/**
 * The figures `yarn bench --json` prints, each a number in milliseconds or
 * per second (or a ratio), and the database they were measured on.
 */
export interface BenchFigures {
  database: string;
  [key: string]: number | string;
}

/**
 * Where the bench's lines and figures go: the lines are for people, the
 * figures end in one JSON object. With `--json`, stdout carries only that
 * object; every line, the backend's logs included, goes to stderr.
 */
export class Report {
  private readonly figures: BenchFigures;
  private readonly writeJson?: (text: string) => void;

  constructor(database: string, json: boolean) {
    this.figures = { database };
    if (json) {
      const stdout = process.stdout.write.bind(process.stdout);
      this.writeJson = text => stdout(`${text}\n`);
      process.stdout.write = process.stderr.write.bind(
        process.stderr,
      ) as typeof process.stdout.write;
    }
  }

  line(text: string) {
    console.log(text);
  }

  /** Records a figure, rounded to a tenth (a thousandth for ratios). */
  set(key: string, value: number) {
    const digits = Math.abs(value) < 10 ? 3 : 1;
    this.figures[key] = Number(value.toFixed(digits));
  }

  get(key: string): number | undefined {
    const value = this.figures[key];
    return typeof value === 'number' ? value : undefined;
  }

  /** Prints the JSON object, when asked for. */
  finish() {
    this.writeJson?.(JSON.stringify(this.figures));
  }
}
