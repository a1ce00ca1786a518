import type { Frames } from './page';

export const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

const ms = (n: number) => `${n.toFixed(1)} ms`;
const list = (values: readonly number[]) => values.map((v) => v.toFixed(0)).join(', ');

export function printReady(designer: readonly number[], bare: readonly number[]) {
  const d = median(designer);
  const b = median(bare);
  console.log(`\nReady (navigation start → cards painted), median of ${designer.length}`);
  console.log(`  designer ${ms(d)}  (loads: ${list(designer)})`);
  console.log(`  bare     ${ms(b)}  (loads: ${list(bare)})`);
  console.log(`  ratio    ${(d / b).toFixed(2)}× (target ≤ 1.2×)`);
}

interface FrameStats {
  fps: number;
  p95: number;
  max: number;
  over50: number;
  frames: number;
}

function stats(intervals: readonly number[]): FrameStats {
  const total = intervals.reduce((a, b) => a + b, 0);
  const sorted = [...intervals].sort((a, b) => a - b);
  return {
    fps: (intervals.length * 1000) / total,
    p95: sorted[Math.floor(sorted.length * 0.95)] ?? 0,
    max: sorted.at(-1) ?? 0,
    over50: intervals.filter((i) => i > 50).length,
    frames: intervals.length,
  };
}

const line = (name: string, s: FrameStats, f: Frames) =>
  `  ${name} ${s.fps.toFixed(1)} fps, p95 ${ms(s.p95)}, max ${ms(s.max)}, ${s.over50} of ${s.frames} frames over 50 ms; ` +
  `main-thread CPU ${ms(f.cpuMs / s.frames)} a frame, longest task ${ms(f.longestTaskCpuMs)} (zoom after: ${f.zoomAfter.toFixed(2)})`;

export function printFrames(label: string, frames: { designer: Frames; bare: Frames }) {
  const d = stats(frames.designer.intervals);
  const b = stats(frames.bare.intervals);
  console.log(`\nFrames: ${label}`);
  console.log(line('designer', d, frames.designer));
  console.log(line('bare    ', b, frames.bare));
  console.log(
    `  ratio    fps ${(d.fps / b.fps).toFixed(2)}×, max frame ${(d.max / b.max).toFixed(2)}×, ` +
      `CPU a frame ${(frames.designer.cpuMs / d.frames / (frames.bare.cpuMs / b.frames)).toFixed(2)}× ` +
      `(target: ≥ 55 fps, no frame over 50 ms)`,
  );
}

export function printTimes(label: string, times: readonly number[]) {
  console.log(`\n${label}`);
  console.log(
    `  median ${ms(median(times))}, max ${ms(Math.max(...times))}  (each: ${list(times)}; target < 50 ms)`,
  );
}
