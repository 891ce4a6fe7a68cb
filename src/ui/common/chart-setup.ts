import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Filler,
  LinearScale,
  LineElement,
  PointElement,
  RadarController,
  RadialLinearScale,
  Tooltip,
} from 'chart.js';

// Only what the two charts use, so the lazily loaded chunk stays small.
Chart.register(
  RadarController,
  RadialLinearScale,
  PointElement,
  LineElement,
  Filler,
  BarController,
  BarElement,
  CategoryScale,
  LinearScale,
  Tooltip,
);
// Labels as large as the body text beside them (chart.js draws 12 px, which reads as 10 px once scaled down),
// in the interface font so Chinese labels match the page.
Chart.defaults.font.size = 14;
Chart.defaults.font.family = getComputedStyle(document.documentElement).fontFamily || Chart.defaults.font.family;
Chart.defaults.color = '#1b2631';

const accent = 'rgb(37, 99, 235)';
const accentFill = 'rgba(37, 99, 235, 0.2)';
const compareColour = 'rgb(234, 88, 12)';

export interface Series {
  label: string;
  values: number[];
}

/** Percentages per domain; fixed size and no animation so the canvas is complete before printing. */
export function createRadar(canvas: HTMLCanvasElement, labels: string[], series: Series[]): Chart {
  return new Chart(canvas, {
    type: 'radar',
    data: {
      labels,
      datasets: series.map((s, i) => ({
        label: s.label,
        data: s.values,
        borderColor: i === 0 ? accent : compareColour,
        backgroundColor: i === 0 ? accentFill : 'rgba(234, 88, 12, 0.1)',
        fill: true,
      })),
    },
    options: {
      responsive: false,
      animation: false,
      devicePixelRatio: 2,
      scales: { r: { min: 0, max: 100, ticks: { stepSize: 20, font: { size: 12 } }, pointLabels: { font: { size: 14 } } } },
      plugins: { legend: { display: false } },
    },
  });
}

export function createBars(canvas: HTMLCanvasElement, labels: string[], series: Series[]): Chart {
  return new Chart(canvas, {
    type: 'bar',
    data: {
      labels,
      datasets: series.map((s, i) => ({ label: s.label, data: s.values, backgroundColor: i === 0 ? accent : compareColour })),
    },
    options: {
      indexAxis: 'y',
      responsive: false,
      animation: false,
      devicePixelRatio: 2,
      scales: { x: { min: 0, max: 100 } },
      plugins: { legend: { display: false } },
    },
  });
}
