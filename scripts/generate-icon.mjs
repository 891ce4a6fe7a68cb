#!/usr/bin/env node
/**
 * Draws the app icon (build/icon.svg and build/icon.png, 512×512) from one list of shapes, so the
 * vector and the bitmap electron-builder needs for Windows/Linux cannot drift apart. Rerun after
 * changing the shapes: `node scripts/generate-icon.mjs`.
 */
import { writeFileSync } from 'node:fs';
import { encode } from 'fast-png';

const SIZE = 512;
const WHITE = [255, 255, 255];
const ACCENT = [251, 191, 36];
const FROM = [29, 78, 216];
const TO = [15, 118, 110];

// The glyph 工 ("work", first character of 工智) on a rounded tile, with a spark for the "智".
const shapes = [
  { kind: 'rect', x: 16, y: 16, w: 480, h: 480, r: 96, fill: 'gradient' },
  { kind: 'rect', x: 120, y: 118, w: 272, h: 56, r: 14, fill: WHITE },
  { kind: 'rect', x: 228, y: 150, w: 56, h: 212, r: 0, fill: WHITE },
  { kind: 'rect', x: 88, y: 340, w: 336, h: 60, r: 14, fill: WHITE },
  { kind: 'circle', cx: 420, cy: 98, r: 26, fill: ACCENT },
];

const hex = (rgb) => `#${rgb.map((c) => c.toString(16).padStart(2, '0')).join('')}`;

function svg() {
  const body = shapes
    .map((s) => {
      const fill = s.fill === 'gradient' ? 'url(#tile)' : hex(s.fill);
      return s.kind === 'rect'
        ? `  <rect x="${s.x}" y="${s.y}" width="${s.w}" height="${s.h}" rx="${s.r}" fill="${fill}"/>`
        : `  <circle cx="${s.cx}" cy="${s.cy}" r="${s.r}" fill="${fill}"/>`;
    })
    .join('\n');
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${SIZE} ${SIZE}" width="${SIZE}" height="${SIZE}">
  <defs>
    <linearGradient id="tile" x1="0" y1="0" x2="1" y2="1">
      <stop offset="0" stop-color="${hex(FROM)}"/>
      <stop offset="1" stop-color="${hex(TO)}"/>
    </linearGradient>
  </defs>
${body}
</svg>
`;
}

function inside(s, x, y) {
  if (s.kind === 'circle') return (x - s.cx) ** 2 + (y - s.cy) ** 2 <= s.r ** 2;
  if (x < s.x || y < s.y || x > s.x + s.w || y > s.y + s.h) return false;
  // Distance to the nearest corner centre decides the rounded corners.
  const dx = Math.max(s.x + s.r - x, 0, x - (s.x + s.w - s.r));
  const dy = Math.max(s.y + s.r - y, 0, y - (s.y + s.h - s.r));
  return dx * dx + dy * dy <= s.r * s.r;
}

function colourAt(s, x, y) {
  if (s.fill !== 'gradient') return s.fill;
  // Matches the SVG's objectBoundingBox gradient from top-left to bottom-right.
  const t = Math.min(Math.max(((x - s.x) / s.w + (y - s.y) / s.h) / 2, 0), 1);
  return FROM.map((c, i) => c + (TO[i] - c) * t);
}

function png() {
  const samples = 4;
  const data = new Uint8Array(SIZE * SIZE * 4);
  for (let py = 0; py < SIZE; py += 1) {
    for (let px = 0; px < SIZE; px += 1) {
      const sum = [0, 0, 0, 0];
      for (let sy = 0; sy < samples; sy += 1) {
        for (let sx = 0; sx < samples; sx += 1) {
          const x = px + (sx + 0.5) / samples;
          const y = py + (sy + 0.5) / samples;
          let colour = null;
          for (const s of shapes) if (inside(s, x, y)) colour = colourAt(s, x, y);
          if (colour) {
            sum[0] += colour[0];
            sum[1] += colour[1];
            sum[2] += colour[2];
            sum[3] += 1;
          }
        }
      }
      const o = (py * SIZE + px) * 4;
      const n = sum[3];
      if (n > 0) {
        data[o] = Math.round(sum[0] / n);
        data[o + 1] = Math.round(sum[1] / n);
        data[o + 2] = Math.round(sum[2] / n);
        data[o + 3] = Math.round((255 * n) / (samples * samples));
      }
    }
  }
  return encode({ width: SIZE, height: SIZE, data, channels: 4, depth: 8 });
}

const dir = new URL('../build/', import.meta.url);
writeFileSync(new URL('icon.svg', dir), svg());
writeFileSync(new URL('icon.png', dir), png());
console.log('wrote build/icon.svg and build/icon.png');
