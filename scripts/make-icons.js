#!/usr/bin/env node
/**
 * Draws the ОКО add-in icons (assets/icon-<size>.png) with Node built-ins only:
 * a dark-blue rounded square with a white eye («око» means "eye") and a blue iris.
 * Run once after changing the design: `node scripts/make-icons.js`; the PNGs are committed.
 */
'use strict';

const fs = require('fs');
const path = require('path');
const zlib = require('zlib');

const SIZES = [16, 32, 64, 80, 128];
const OUT_DIR = path.resolve(__dirname, '..', 'assets');
const SAMPLES = 5; // supersampling per axis, for anti-aliased edges

const BACKGROUND = [0x1b, 0x3a, 0x6b];
const WHITE = [0xff, 0xff, 0xff];
const IRIS = [0x2e, 0x7b, 0xd6];
const PUPIL = [0x0e, 0x23, 0x47];

// ---------- PNG encoding ----------

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

function crc32(buf) {
  let c = 0xffffffff;
  for (let i = 0; i < buf.length; i++) c = CRC_TABLE[(c ^ buf[i]) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length, 0);
  const typeAndData = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typeAndData), 0);
  return Buffer.concat([len, typeAndData, crc]);
}

/** rgba: Uint8Array of size*size*4, non-premultiplied RGBA. */
function encodePng(size, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // colour type RGBA
  ihdr[10] = 0; // deflate
  ihdr[11] = 0; // adaptive filtering
  ihdr[12] = 0; // no interlace
  const stride = size * 4;
  const raw = Buffer.alloc((stride + 1) * size);
  for (let y = 0; y < size; y++) {
    raw[y * (stride + 1)] = 0; // filter: none
    Buffer.from(rgba.buffer, rgba.byteOffset + y * stride, stride).copy(raw, y * (stride + 1) + 1);
  }
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([
    signature,
    chunk('IHDR', ihdr),
    chunk('IDAT', zlib.deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

// ---------- drawing (coordinates in the unit square, y down) ----------

function inRoundedSquare(x, y, radius) {
  const cx = Math.min(Math.max(x, radius), 1 - radius);
  const cy = Math.min(Math.max(y, radius), 1 - radius);
  const dx = x - cx;
  const dy = y - cy;
  return dx * dx + dy * dy <= radius * radius;
}

function inCircle(x, y, cx, cy, r) {
  const dx = x - cx;
  const dy = y - cy;
  return dx * dx + dy * dy <= r * r;
}

// The eye is a lens: the intersection of two circles, 0.80 wide and 0.46 tall.
const EYE_HALF_WIDTH = 0.4;
const EYE_HALF_HEIGHT = 0.23;
const LENS_R = (EYE_HALF_WIDTH ** 2 + EYE_HALF_HEIGHT ** 2) / (2 * EYE_HALF_HEIGHT);
const LENS_D = LENS_R - EYE_HALF_HEIGHT;

function inEye(x, y) {
  return inCircle(x, y, 0.5, 0.5 + LENS_D, LENS_R) && inCircle(x, y, 0.5, 0.5 - LENS_D, LENS_R);
}

/** Colour of one sample point, or null when transparent. */
function sample(x, y, size) {
  if (!inRoundedSquare(x, y, 0.2)) return null;
  if (!inEye(x, y)) return BACKGROUND;
  // Small icons get a bolder iris so the eye still reads at 16 px.
  const irisR = size <= 16 ? 0.2 : 0.18;
  const pupilR = size <= 16 ? 0.09 : 0.085;
  if (size >= 32 && inCircle(x, y, 0.555, 0.445, 0.04)) return WHITE; // highlight
  if (inCircle(x, y, 0.5, 0.5, pupilR)) return PUPIL;
  if (inCircle(x, y, 0.5, 0.5, irisR)) return IRIS;
  return WHITE;
}

function draw(size) {
  const rgba = new Uint8Array(size * size * 4);
  const n = SAMPLES * SAMPLES;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let covered = 0;
      for (let sy = 0; sy < SAMPLES; sy++) {
        for (let sx = 0; sx < SAMPLES; sx++) {
          const c = sample((px + (sx + 0.5) / SAMPLES) / size, (py + (sy + 0.5) / SAMPLES) / size, size);
          if (!c) continue;
          r += c[0];
          g += c[1];
          b += c[2];
          covered++;
        }
      }
      const i = (py * size + px) * 4;
      if (covered > 0) {
        rgba[i] = Math.round(r / covered);
        rgba[i + 1] = Math.round(g / covered);
        rgba[i + 2] = Math.round(b / covered);
        rgba[i + 3] = Math.round((255 * covered) / n);
      }
    }
  }
  return rgba;
}

function main() {
  fs.mkdirSync(OUT_DIR, { recursive: true });
  for (const size of SIZES) {
    const file = path.join(OUT_DIR, `icon-${size}.png`);
    const png = encodePng(size, draw(size));
    fs.writeFileSync(file, png);
    console.log(`${path.relative(process.cwd(), file)}  ${size}x${size}  ${png.length} bytes`);
  }
}

if (require.main === module) main();

module.exports = { crc32, encodePng, draw };
