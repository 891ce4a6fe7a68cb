import { BarController, BarElement, CategoryScale, Chart, LinearScale, LineController, LineElement, PointElement, Tooltip } from 'chart.js';
import type { InspectionStats } from '../../core/inspection/stats';

// Loaded only when the statistics are shown, so chart.js never slows the app's start.
Chart.register(BarController, BarElement, CategoryScale, LinearScale, LineController, LineElement, PointElement, Tooltip);

export function createParetoChart(canvas: HTMLCanvasElement, stats: InspectionStats, countLabel: string, cumulativeLabel: string): Chart {
  return new Chart(canvas, {
    type: 'bar',
    data: {
      labels: stats.pareto.map((p) => p.name),
      datasets: [
        { type: 'bar', label: countLabel, data: stats.pareto.map((p) => p.count), backgroundColor: 'rgba(220, 38, 38, 0.7)', yAxisID: 'y' },
        {
          type: 'line',
          label: cumulativeLabel,
          data: stats.pareto.map((p) => Math.round(p.cumulative * 100)),
          borderColor: 'rgb(37, 99, 235)',
          yAxisID: 'pct',
        },
      ],
    },
    options: { animation: false, responsive: false, scales: { y: { beginAtZero: true }, pct: { position: 'right', min: 0, max: 100 } } },
  });
}

export function createRateChart(canvas: HTMLCanvasElement, stats: InspectionStats, rateLabel: string): Chart {
  return new Chart(canvas, {
    type: 'line',
    data: {
      labels: stats.byDay.map((d) => d.day),
      datasets: [
        {
          label: rateLabel,
          data: stats.byDay.map((d) => Math.round((d.ng / Math.max(d.ok + d.ng, 1)) * 1000) / 10),
          borderColor: 'rgb(220, 38, 38)',
        },
      ],
    },
    options: { animation: false, responsive: false, scales: { y: { beginAtZero: true } } },
  });
}
