import { Resvg } from '@resvg/resvg-js';
import { standaloneChartSvg } from './src/lib/charts/standalone.ts';
