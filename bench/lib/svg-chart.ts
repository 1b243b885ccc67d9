/**
 * A hand-written SVG chart of a run: two panels of grouped bars, throughput and p99 latency, one
 * group per concurrency and one bar per target. Pure: steps in, SVG text out.
 */
import type { StepResult } from './report.js';

const colors: Record<string, string> = { tessera: '#2f6fdf', etcd: '#e0832f' };
const panelWidth = 420;
const panelHeight = 260;
const margin = { top: 48, right: 16, bottom: 44, left: 64 };

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** A round axis maximum ≥ value: 1, 2 or 5 times a power of ten. */
export function niceCeiling(value: number): number {
  if (!(value > 0)) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  for (const step of [1, 2, 5, 10]) if (step * power >= value) return step * power;
  return 10 * power;
}

function compact(value: number): string {
  if (value >= 1_000_000) return `${+(value / 1_000_000).toFixed(1)}M`;
  if (value >= 1000) return `${+(value / 1000).toFixed(1)}k`;
  return `${+value.toFixed(value < 10 ? 2 : 0)}`;
}

interface Panel {
  title: string;
  value: (step: StepResult) => number;
}

function panelSvg(steps: StepResult[], panel: Panel, offsetX: number): string {
  const concurrencies = [...new Set(steps.map((step) => step.concurrency))];
  const targets = [...new Set(steps.map((step) => step.target))];
  const plotWidth = panelWidth - margin.left - margin.right;
  const plotHeight = panelHeight - margin.top - margin.bottom;
  const top = niceCeiling(Math.max(...steps.map(panel.value).filter(Number.isFinite), 0));
  const groupWidth = plotWidth / Math.max(1, concurrencies.length);
  const barWidth = (groupWidth * 0.7) / Math.max(1, targets.length);
  const y = (value: number): number => margin.top + plotHeight - (Math.max(0, value) / top) * plotHeight;
  const parts: string[] = [`<g transform="translate(${offsetX},0)">`, `<text x="${panelWidth / 2}" y="24" text-anchor="middle" font-weight="bold">${escapeXml(panel.title)}</text>`];
  for (let tick = 0; tick <= 4; tick += 1) {
    const value = (top * tick) / 4;
    parts.push(`<line x1="${margin.left}" x2="${margin.left + plotWidth}" y1="${y(value)}" y2="${y(value)}" stroke="#ddd"/>`, `<text x="${margin.left - 6}" y="${y(value) + 4}" text-anchor="end">${compact(value)}</text>`);
  }
  concurrencies.forEach((concurrency, group) => {
    const groupX = margin.left + group * groupWidth + groupWidth * 0.15;
    targets.forEach((target, position) => {
      const step = steps.find((candidate) => candidate.concurrency === concurrency && candidate.target === target);
      if (step === undefined) return;
      const value = panel.value(step);
      const x = groupX + position * barWidth;
      parts.push(`<rect x="${x.toFixed(1)}" y="${y(value).toFixed(1)}" width="${(barWidth - 2).toFixed(1)}" height="${(margin.top + plotHeight - y(value)).toFixed(1)}" fill="${colors[target] ?? '#888'}"><title>${escapeXml(`${target} @ ${concurrency}: ${compact(value)}`)}</title></rect>`);
      parts.push(`<text x="${(x + barWidth / 2).toFixed(1)}" y="${(y(value) - 3).toFixed(1)}" text-anchor="middle" font-size="9">${compact(value)}</text>`);
    });
    parts.push(`<text x="${(margin.left + group * groupWidth + groupWidth / 2).toFixed(1)}" y="${margin.top + plotHeight + 16}" text-anchor="middle">${concurrency}</text>`);
  });
  parts.push(`<text x="${margin.left + plotWidth / 2}" y="${panelHeight - 8}" text-anchor="middle">operations in flight</text>`, `<line x1="${margin.left}" x2="${margin.left}" y1="${margin.top}" y2="${margin.top + plotHeight}" stroke="#333"/>`, `<line x1="${margin.left}" x2="${margin.left + plotWidth}" y1="${margin.top + plotHeight}" y2="${margin.top + plotHeight}" stroke="#333"/>`, '</g>');
  return parts.join('\n');
}

/** The SVG document for a run's steps, titled `title`. */
export function chartSvg(steps: StepResult[], title: string): string {
  const targets = [...new Set(steps.map((step) => step.target))];
  const width = 2 * panelWidth;
  const height = panelHeight + 40;
  const legend = targets.map((target, position) => `<rect x="${16 + position * 110}" y="${panelHeight + 14}" width="12" height="12" fill="${colors[target] ?? '#888'}"/><text x="${32 + position * 110}" y="${panelHeight + 24}">${escapeXml(target)}</text>`);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="sans-serif" font-size="11">`,
    `<rect width="100%" height="100%" fill="white"/>`,
    `<text x="${width / 2}" y="12" text-anchor="middle" font-size="12">${escapeXml(title)}</text>`,
    panelSvg(steps, { title: 'throughput (ops/s)', value: (step) => step.opsPerSecond }, 0),
    panelSvg(steps, { title: 'p99 latency (ms)', value: (step) => step.latencyMs.p99 }, panelWidth),
    ...legend,
    '</svg>',
  ].join('\n');
}
