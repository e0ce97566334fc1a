import type { EChartsOption } from 'echarts';
import { BarChart } from 'echarts/charts';
import { GridComponent, LegendComponent } from 'echarts/components';
import { init, use, type EChartsType } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';

// Only what the report's charts draw, and only as SVG: the server's documents use the same library.
use([BarChart, GridComponent, LegendComponent, SVGRenderer]);

interface EChartProps {
  option: EChartsOption;
  height: number;
  /** What a screen reader hears instead of the drawing. */
  description: string;
  className?: string;
}

/** An echarts chart drawn as SVG into a div: made on mount, given new options as they change, disposed on unmount. */
export function EChart({ option, height, description, className }: EChartProps) {
  const container = useRef<HTMLDivElement>(null);
  const chart = useRef<EChartsType | null>(null);

  useEffect(() => {
    const element = container.current;
    if (!element) return undefined;
    const instance = init(element, undefined, { renderer: 'svg' });
    chart.current = instance;
    const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(() => instance.resize());
    observer?.observe(element);
    return () => {
      observer?.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    chart.current?.setOption(option, { notMerge: true });
  }, [option]);

  useEffect(() => {
    chart.current?.resize();
  }, [height]);

  return <div ref={container} className={className} role="img" aria-label={description} style={{ width: '100%', height }} />;
}
