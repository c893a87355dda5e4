/**
 * A uPlot chart that fits its container, follows the light/dark theme, and carries a text summary for
 * screen readers (a canvas says nothing by itself). uPlot is loaded with the progress screen only.
 */
import { useEffect, useRef } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import { useTheme } from '../ui/theme.js';

export interface ChartColors {
  text: string;
  muted: string;
  grid: string;
  primary: string;
  strength: string;
  track: string;
  hills: string;
  easy: string;
  race: string;
  ok: string;
}

export function chartColors(): ChartColors {
  const style = getComputedStyle(document.documentElement);
  const v = (name: string): string => style.getPropertyValue(`--${name}`).trim();
  return {
    text: v('text'),
    muted: v('muted'),
    grid: v('border'),
    primary: v('primary'),
    strength: v('strength'),
    track: v('track'),
    hills: v('hills'),
    easy: v('easy'),
    race: v('race'),
    ok: v('ok'),
  };
}

export function axis(colors: ChartColors, extra: Partial<uPlot.Axis> = {}): uPlot.Axis {
  return {
    stroke: colors.muted,
    grid: { stroke: colors.grid, width: 1 },
    ticks: { stroke: colors.grid, width: 1 },
    font: '12px system-ui, sans-serif',
    ...extra,
  };
}

export function Chart(props: {
  title: string;
  /** What the chart shows, in words: read by screen readers instead of the canvas. */
  summary: string;
  height?: number;
  build: (
    colors: ChartColors,
    width: number,
  ) => { options: Omit<uPlot.Options, 'width' | 'height'>; data: uPlot.AlignedData };
}) {
  const box = useRef<HTMLDivElement>(null);
  const theme = useTheme();
  const { build, height } = props;
  useEffect(() => {
    const element = box.current;
    if (!element) return;
    const width = Math.max(element.clientWidth, 280);
    const { options, data } = build(chartColors(), width);
    // The legend names the series; values that show only under a hovering pointer would read "--" on a phone.
    const legend = { ...options.legend, live: false };
    const plot = new uPlot({ ...options, legend, width, height: height ?? 220 }, data, element);
    const observer = new ResizeObserver(() => {
      const next = Math.max(element.clientWidth, 280);
      if (Math.abs(next - plot.width) > 2) plot.setSize({ width: next, height: height ?? 220 });
    });
    observer.observe(element);
    return () => {
      observer.disconnect();
      plot.destroy();
    };
  }, [build, height, theme]);
  return (
    <figure className="chart-figure">
      <div ref={box} className="chart" role="img" aria-label={`${props.title}. ${props.summary}`} />
      <figcaption className="visually-hidden">{props.summary}</figcaption>
    </figure>
  );
}
