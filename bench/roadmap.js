#!/usr/bin/env node
// `npm run bench:roadmap`: how fast ОКО reads and checks a very large roadmap, and how much
// the whole CLI costs on top of ExcelJS loading the same file. A benchmark, not a test: it
// prints figures and a verdict per target, and exits 0 whatever the figures are.
//
//   node bench/roadmap.js [--rows N] [--runs N] [--keep] [--stages]
//
// It generates (seeded, so every run sees the same workbooks) two roadmaps of N data rows in
// the shape of examples/*.xlsx: one with merged section rows and number cells merged down over
// several activities, and the same content without any merge (stock ExcelJS cannot load tens
// of thousands of merges in reasonable time, so the merge-free file is the fair baseline).
//
// Targets (issue 2): the check itself — checkRoadmap, every rule over the register already read
// — ≥ 200 000 rows/s; the whole CLI ≤ 1.5 × a bare ExcelJS load of the same file, both
// measured as the wall time of a fresh Node process (so Node's start-up is on both sides).
// Also printed, without a target of its own: readRoadmap + checkRoadmap on the grid already
// read, with the page faults of each run (on Linux), since on a VM that hands freed memory back
// to its host a fault can cost 15 µs and decide a run's time (see pageFaultCost()).
'use strict';
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { spawnSync } = require('node:child_process');
const { performance } = require('node:perf_hooks');

const ROOT = path.join(__dirname, '..');
const TODAY = '2026-11-25';
const CHECK_TARGET = 200_000; // rows/s
const RATIO_TARGET = 1.5;
const MAX_MERGES = 40_000; // the adapter refuses more than 50 000 per sheet
const STOCK_TIMEOUT_MS = 60_000;
/** Any other child process is given this long before the bench gives up on it. */
const CHILD_TIMEOUT_MS = 20 * 60_000;
/** A measurement whose first run takes longer than this is not repeated. */
const SLOW_RUN_MS = 45_000;

// ---------------------------------------------------------------------------------------------
// Arguments

function usage(code) {
  console.log(`Usage: node bench/roadmap.js [--rows N] [--runs N] [--keep] [--stages]
  --rows N    data rows below the header (default 100000)
  --runs N    runs per measurement, the median is reported (default 3; a measurement whose
              first run takes over ${SLOW_RUN_MS / 1000} s runs once)
  --keep      keep the generated workbooks and print their paths
  --stages    also time the CLI's stages (read file, package check, ExcelJS load, grid,
              read, staff, check, output) in a fresh process per file`);
  process.exit(code);
}

function parseArgs(argv) {
  const opts = { rows: 100_000, runs: 3, keep: false, stages: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const num = () => {
      const v = Number(argv[++i]);
      if (!Number.isInteger(v) || v < 1) {
        console.error(`${a} wants a positive integer`);
        usage(2);
      }
      return v;
    };
    if (a === '--rows') opts.rows = num();
    else if (a === '--runs') opts.runs = num();
    else if (a === '--keep') opts.keep = true;
    else if (a === '--stages') opts.stages = true;
    else if (a === '-h' || a === '--help') usage(0);
    else {
      console.error(`unknown argument ${a}`);
      usage(2);
    }
  }
  if (opts.rows < 100) {
    console.error('--rows: at least 100');
    usage(2);
  }
  return opts;
}

// ---------------------------------------------------------------------------------------------
// Build

/** Every .ts under the dirs tsconfig.node.json compiles, with the dist/ file it becomes. */
function sourcesAndOutputs() {
  const pairs = [];
  const walk = (dir) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (/\.ts$/.test(e.name) && !/\.d\.ts$/.test(e.name)) {
        const rel = path.relative(path.join(ROOT, 'src'), p).replace(/\.ts$/, '.js');
        pairs.push([p, path.join(ROOT, 'dist', rel)]);
      }
    }
  };
  for (const d of ['src/core', 'src/io/xlsx', 'src/cli']) walk(path.join(ROOT, d));
  return pairs;
}

function ensureBuilt() {
  const stale = sourcesAndOutputs().filter(([src, out]) => !fs.existsSync(out) || fs.statSync(out).mtimeMs < fs.statSync(src).mtimeMs);
  if (stale.length === 0) {
    console.log('dist/ is up to date with src/ (no build needed).');
    return;
  }
  console.log(`dist/ is missing or older than src/ (${stale.length} file(s), e.g. ${path.relative(ROOT, stale[0][0])}): running npx tsc -p tsconfig.node.json …`);
  const t = performance.now();
  const r = spawnSync('npx', ['tsc', '-p', 'tsconfig.node.json'], { cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit'] });
  if (r.status !== 0) {
    if (fs.existsSync(path.join(ROOT, 'dist', 'cli', 'oko.js'))) {
      console.log('WARNING: the build failed; measuring the dist/ already there, which may not match src/.');
      return;
    }
    console.error('The build failed and there is no dist/ to measure.');
    process.exit(1);
  }
  console.log(`Built in ${fmtS(performance.now() - t)}.`);
}

// ---------------------------------------------------------------------------------------------
// Generation

/** mulberry32: small, fast and good enough to make the same workbook every time. */
function prng(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
    pick: (list) => list[Math.floor(next() * list.length)],
    chance: (p) => next() < p,
  };
}

const STAFF = [
  ['Стародубцева Н.В.', 'Начальник РОО', 'РОО'],
  ['Хайбулина О.К.', 'Заместитель начальника РОО', 'РОО'],
  ['Лысенкова Л.М.', 'Заведующий РМК', 'РМК'],
  ['Каширская Н.Н.', 'Специалист РОО по ИКТ', 'РОО'],
  ['Овсянникова Т.М.', 'Методист', 'РМК'],
  ['Капинус С.В.', 'Методист', 'РМК'],
  ['Садов С.А.', 'Специалист', 'РОО'],
  ['Муравьёва И.П.', 'Специалист', 'РОО'],
  ['Данилова Е.В.', 'Руководитель РМО педагогов-психологов', 'РМК'],
  ['Кочнева С.А.', 'Главный специалист', 'УО'],
  ['Седова Е.И.', 'Ведущий специалист', 'УО'],
  ['Ганина Е.В.', 'Директор МКУ ИМЦ', 'ИМЦ'],
  ['Бондаренко Н.А.', 'Методист', 'ИМЦ'],
  ['Кустова С.Л.', 'Методист', 'ИМЦ'],
  ['Бут Е.В.', 'Начальник отдела', 'УО'],
  ['методисты РМК', 'группа', 'РМК'],
  ['Руководители ОО', 'группа', 'ОО'],
];
/** People who are not on the staff sheet (a responsible.unknown finding each). */
const STRANGERS = ['Петренко А.А.', 'Скопцова Т.Н.', 'Зам. директора по УВР', 'рук. ШМО'];

const SECTION_TITLES = [
  'Оценка качества образования обучающихся',
  'Повышение качества образования в школах с низкими образовательными результатами',
  'Повышение объективности оценки образовательных результатов',
  'Мониторинг качества подготовки обучающихся',
  'Развитие внутришкольных систем оценки качества образования',
  'Методическое сопровождение педагогов',
  'Работа с одарёнными детьми',
  'Информационное сопровождение мониторинга',
  'Нормативное обеспечение',
  'Подготовка к государственной итоговой аттестации',
  'Функциональная грамотность обучающихся',
  'Профилактика учебной неуспешности',
];

const ACTIONS = [
  'Проведение мониторинга',
  'Анализ результатов',
  'Собеседование с руководителями ОО по вопросам',
  'Совещание с заместителями директора по УВР «О результатах',
  'Организация контроля',
  'Тематическая проверка: «Контроль качества преподавания',
  'Разработка и корректировка плана',
  'Обучение работников ППЭ по вопросам',
  'Организация участия педагогов в семинарах по вопросам',
  'Посещение уроков учителей с целью выявления проблем',
  'Проведение мастер-классов и открытых уроков по теме',
  'Подготовка аналитической справки по итогам',
  'Организация тьюторского сопровождения по',
  'Информирование родителей о результатах',
  'Комплексная проверка «Деятельность ОО по обеспечению',
];
const TOPICS = [
  'ВПР по русскому языку',
  'ВПР по математике',
  'ОГЭ по обществознанию',
  'ЕГЭ по профильной математике',
  'функциональной грамотности',
  'читательской грамотности',
  'НИКО по биологии',
  'пробных экзаменов',
  'промежуточной аттестации',
  'контрольных срезов знаний',
  'региональных оценочных процедур',
  'PISA-подобных заданий',
  'олимпиадного движения',
  'индивидуальных образовательных маршрутов',
];
const WHERE = ['в 4-х классах', 'в 5-6 классах', 'в 7-8 классах', 'в 9-х классах', 'в 10-11 классах', 'в 11-х классах', 'в ОО района', 'в школах с низкими результатами'];
const SCHOOLS = Array.from({ length: 48 }, (_v, i) => `МОАУ «СОШ № ${i + 1}»`).concat(['МОАУ «Кулагинская СОШ»', 'МОАУ «Лапазская СОШ»', 'Козловская ООШ', 'Мрясовская ООШ']);

const MONTHS = ['январь', 'февраль', 'март', 'апрель', 'май', 'июнь', 'июль', 'август', 'сентябрь', 'октябрь', 'ноябрь', 'декабрь'];
const MONTHS_GEN = ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'];
const CONTINUOUS = ['в течение\n2021-2022 уч. г.', 'в течение 2021-2022 уч. г.', 'в течение учебного года', 'в течение всего периода', 'постоянно', 'в течение\n2021-2022 уч. г., согласно регламенту работ в РИС'];
const RECURRING = ['Еженедельно в течение\n2021-2022 уч. г.', '1 раз в квартал', '2 раза в год', 'ежемесячно', '1 раз в полугодие', 'ежеквартально'];
const EVENTS = ['по графику ФИС ОКО', 'согласно расписания проведения ВПР', 'по итогам проведения оценочных процедур', 'По плану работы МКУ ИМЦ', 'по единому расписанию ЕГЭ', 'согласно датам проведения', 'по мере необходимости'];
const UNREADABLE = ['31.13.2021', 'уточняется', 'ХХ.ХХ.2021', '—', '??', 'II четверть', 'в соответствующий срок', 'до конца 2021 года'];

const pad2 = (n) => String(n).padStart(2, '0');
const cap = (s) => s[0].toUpperCase() + s.slice(1);
const PERIOD_START = Date.UTC(2021, 8, 1); // 01.09.2021
const PERIOD_DAYS = 365;

/** A deadline as people write it: mostly dated, some continuous, recurring, by event; ~1% unreadable. */
function deadlineText(rng) {
  const x = rng.next();
  if (x < 0.01) return rng.pick(UNREADABLE);
  if (x < 0.12) return rng.pick(EVENTS);
  if (x < 0.22) return rng.pick(RECURRING);
  if (x < 0.4) return rng.pick(CONTINUOUS);
  const d = new Date(PERIOD_START + rng.int(-10, PERIOD_DAYS) * 86_400_000);
  const [y, m, dd] = [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()];
  const f = rng.int(0, 11);
  switch (f) {
    case 0: return `до ${pad2(dd)}.${pad2(m)}.${y} г`;
    case 1: return `До ${dd}.${pad2(m)}.${y}`;
    case 2: return `${pad2(dd)}.${pad2(m)}.${y}`;
    case 3: return `${pad2(dd)}.${pad2(m)}.${y} г.`;
    case 4: return dd <= 25 ? `${dd}-${dd + 3}.${pad2(m)}.${y}` : `${pad2(dd)}.${pad2(m)}.${y}`;
    case 5: return dd <= 27 ? `${dd},${dd + 1}.${pad2(m)}.${y} г` : `${pad2(dd)}.${pad2(m)}.${y}`;
    case 6: return `${MONTHS[m - 1]} ${y}`;
    case 7: return `${cap(MONTHS[m - 1])} ${y}`;
    case 8: return `${MONTHS[m - 1]} – ${MONTHS[(m + rng.int(1, 7)) % 12]}`;
    case 9: return `до ${dd} ${MONTHS_GEN[m - 1]}`;
    case 10: return `${MONTHS[m - 1]}, ${MONTHS[(m + rng.int(2, 5)) % 12]}`;
    default: return `${MONTHS[m - 1]}-${MONTHS[m % 12]} ${y} г.`;
  }
}

function responsibleText(rng) {
  if (rng.chance(0.12)) return rng.pick(['Руководители ОО', 'методисты РМК', 'Руководители ОО\nЛысенкова Л.М., Каширская Н.Н.']);
  const n = rng.int(1, 3);
  const names = new Set();
  while (names.size < n) names.add(rng.chance(0.02) ? rng.pick(STRANGERS) : rng.pick(STAFF)[0]);
  return [...names].join(rng.pick([', ', ', ', ',\n', '\n']));
}

function activityText(rng, serial) {
  let t = `${rng.pick(ACTIONS)} ${rng.pick(TOPICS)} ${rng.pick(WHERE)}`;
  if (rng.chance(0.5)) t += ` (${rng.pick(SCHOOLS)})`;
  if (rng.chance(0.15)) t += `:\n- анализ типичных ошибок;\n- корректировка рабочих программ;\n- консультации для обучающихся и родителей`;
  // Most activities differ; a few repeat word for word (an activity.duplicate finding each).
  if (!rng.chance(0.01)) t += `, этап ${serial}`;
  return t;
}

/** Status, date done and proof: partly filled, some done without proof, some ftp links. */
function tracking(rng) {
  const x = rng.next();
  if (x < 0.5) return { status: null, doneOn: null, proof: null };
  if (x < 0.65) return { status: 'В работе', doneOn: null, proof: null };
  if (x < 0.68) return { status: rng.pick(['Выполнено', 'перенесено', '+', 'частично']), doneOn: null, proof: null };
  let doneOn = null;
  const d = new Date(PERIOD_START + rng.int(0, PERIOD_DAYS) * 86_400_000);
  const y = rng.next();
  if (y < 0.45) doneOn = d; // a real Excel date
  else if (y < 0.8) doneOn = `${pad2(d.getUTCDate())}.${pad2(d.getUTCMonth() + 1)}.${d.getUTCFullYear()}`;
  else if (y < 0.9) doneOn = d.toISOString().slice(0, 10);
  const p = rng.next();
  const file = `doc-${rng.int(1, 999999)}.pdf`;
  let proof = null;
  if (p < 0.6) proof = { text: `https://rmk.example.ru/docs/${file}`, hyperlink: `https://rmk.example.ru/docs/${file}` };
  else if (p < 0.75) proof = `https://school${rng.int(1, 52)}.example.ru/${file}`;
  else if (p < 0.8) proof = rng.chance(0.5) ? `ftp://10.0.0.5/${file}` : { text: `ftp://10.0.0.5/${file}`, hyperlink: `ftp://10.0.0.5/${file}` };
  return { status: 'Исполнено', doneOn, proof };
}

/**
 * The sheet as a list of rows (values only) plus the merges it would have: the whole layout is
 * decided first so that both variants hold exactly the same values.
 */
function layout(rows, seed) {
  const rng = prng(seed);
  const out = []; // { values: [7], kind: 'section'|'item' }
  const merges = { section: [], number: [], responsible: [] };
  const HEADER_ROW = 5; // 1-based
  let r = HEADER_ROW + 1;
  const end = HEADER_ROW + rows; // last data row
  let section = 0;
  let n = 0;
  let serial = 0;
  let sinceSection = Infinity;
  while (r <= end) {
    // ~2% section rows: one every 30–70 rows.
    if (sinceSection >= rng.int(30, 70) && end - r > 2) {
      section++;
      n = 0;
      sinceSection = 0;
      const title = `${rng.pick(SECTION_TITLES)}${section > SECTION_TITLES.length ? ` (часть ${section})` : ''}`;
      out.push({ kind: 'section', values: [rng.chance(0.3) ? `Раздел ${section}. ${title}` : `${section}. ${title}`, null, null, null, null, null, null] });
      merges.section.push(`A${r}:G${r}`);
      r++;
      continue;
    }
    if (section === 0) section = 1; // the very first rows before any section row still get S.N
    n++;
    // A rare numbering slip: a skipped number (numbering.gap).
    if (rng.chance(0.003)) n++;
    const number = `${section}.${n}${rng.chance(0.2) ? '.' : ''}`;
    // ~20% of numbers are merged down over 2–5 activities; half of those share the responsible too.
    const size = rng.chance(0.2) ? Math.min(rng.int(2, 5), end - r + 1) : 1;
    const sharedResp = size > 1 && rng.chance(0.5) ? responsibleText(rng) : null;
    for (let k = 0; k < size; k++) {
      const t = tracking(rng);
      serial++;
      out.push({
        kind: 'item',
        first: k === 0,
        shared: sharedResp !== null,
        values: [k === 0 ? number : null, activityText(rng, serial), deadlineText(rng), sharedResp ?? responsibleText(rng), t.status, t.doneOn, t.proof],
      });
    }
    if (size > 1) {
      merges.number.push(`A${r}:A${r + size - 1}`);
      if (sharedResp !== null) merges.responsible.push(`D${r}:D${r + size - 1}`);
    }
    r += size;
    sinceSection += size;
  }
  return { rows: out, merges, headerRow: HEADER_ROW };
}

const THIN = { style: 'thin' };
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const CELL_STYLE = { border: BORDER, alignment: { vertical: 'top', wrapText: true }, font: { name: 'Times New Roman', size: 12 } };
const DATE_STYLE = { ...CELL_STYLE, numFmt: 'dd.mm.yyyy' };
const HEADER_STYLE = { ...CELL_STYLE, font: { name: 'Times New Roman', size: 12, bold: true }, alignment: { vertical: 'middle', horizontal: 'center', wrapText: true } };
const HEADER = ['№', 'Мероприятия', 'Сроки', 'Ответственные', 'Отметка об исполнении', 'Дата исполнения', 'Подтверждающий документ (ссылка)'];

/**
 * Writes the workbook with ExcelJS's streaming writer. Its worksheet.mergeCells checks each new
 * merge against all earlier ones (O(n²)) and needs the rows still uncommitted, so the merge refs
 * go straight into the list it writes out as <mergeCells>; cells covered by a merge are written
 * empty (with the border), as Excel does.
 */
async function writeWorkbook(ExcelJS, file, plan, merged) {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useStyles: true, useSharedStrings: true });
  wb.creator = 'ОКО bench';
  const ws = wb.addWorksheet('Приложение 1');
  ws.columns = [{ width: 7 }, { width: 60 }, { width: 18 }, { width: 28 }, { width: 14 }, { width: 14 }, { width: 36 }];
  const refs = [];
  const put = (values, style, dateCol) => {
    const row = ws.addRow(values);
    for (let c = 1; c <= 7; c++) {
      const cell = row.getCell(c);
      cell.style = dateCol === c && values[c - 1] instanceof Date ? DATE_STYLE : style;
    }
    row.commit();
  };
  ws.addRow([null, null, null, null, null, 'Приложение 1 к приказу РОО от 02.09.2021 № 192', null]).commit();
  ws.addRow([]).commit();
  ws.addRow(['План мероприятий («дорожная карта») мониторинга качества образования в ОО Синтетического района в 2021-2022 учебном году']).commit();
  ws.addRow([]).commit();
  put(HEADER, HEADER_STYLE);
  if (merged) refs.push('F1:G1', 'A3:G3');
  for (const row of plan.rows) {
    let values = row.values;
    if (merged && row.shared && !row.first) {
      // Under a merge Excel keeps only the first cell's value.
      values = values.slice();
      values[3] = null;
    }
    put(values, CELL_STYLE, 6);
  }
  if (merged) refs.push(...plan.merges.section, ...plan.merges.number, ...plan.merges.responsible);
  // Without merges the same content stays: a section title in column A alone, a group's number
  // in its first row only, and the responsible a group shares written out in each of its rows.
  for (const ref of refs) ws._merges.push(ref);
  ws.commit();
  const staff = wb.addWorksheet('Ответственные');
  staff.addRow(['ФИО', 'Должность', 'Организация']).commit();
  for (const s of STAFF) staff.addRow(s).commit();
  staff.commit();
  await wb.commit();
  return refs.length;
}

async function generate(opts, dir) {
  const ExcelJS = require(path.join(ROOT, 'node_modules', 'exceljs'));
  let t = performance.now();
  const plan = layout(opts.rows, 20211);
  const sections = plan.rows.filter((r) => r.kind === 'section').length;
  const items = plan.rows.length - sections;
  const mergedRows = plan.merges.number.reduce((s, ref) => {
    const [a, b] = ref.split(':').map((x) => Number(x.slice(1)));
    return s + b - a + 1;
  }, 0);
  const layoutMs = performance.now() - t;
  const totalMerges = 2 + plan.merges.section.length + plan.merges.number.length + plan.merges.responsible.length;
  if (totalMerges >= MAX_MERGES) throw new Error(`${totalMerges} merges: over the ${MAX_MERGES} this bench allows itself`);
  const files = { merged: path.join(dir, `roadmap-${opts.rows}-merged.xlsx`), plain: path.join(dir, `roadmap-${opts.rows}-no-merges.xlsx`) };
  const times = {};
  for (const [kind, file] of Object.entries(files)) {
    t = performance.now();
    await writeWorkbook(ExcelJS, file, plan, kind === 'merged');
    times[kind] = performance.now() - t;
  }
  const info = {
    rows: plan.rows.length,
    items,
    sections,
    merges: totalMerges,
    mergesBy: { section: plan.merges.section.length + 2, number: plan.merges.number.length, responsible: plan.merges.responsible.length },
    rowsUnderMergedNumbers: mergedRows,
    layoutMs,
    writeMs: times,
    bytes: { merged: fs.statSync(files.merged).size, plain: fs.statSync(files.plain).size },
  };
  return { files, info };
}

// ---------------------------------------------------------------------------------------------
// Measuring

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const fmtS = (ms) => `${(ms / 1000).toFixed(2)} s`;
const fmtInt = (n) => Math.round(n).toLocaleString('en-US').replace(/,/g, ' ');

let devNull;
/** Wall time of a fresh `node …` process, stdout to /dev/null unless captured. */
function runNode(args, { capture = false, timeout } = {}) {
  devNull ??= fs.openSync('/dev/null', 'w');
  const t = performance.now();
  const r = spawnSync(process.execPath, args, {
    cwd: ROOT,
    stdio: ['ignore', capture ? 'pipe' : devNull, 'pipe'],
    killSignal: 'SIGKILL',
    timeout: timeout ?? CHILD_TIMEOUT_MS,
    maxBuffer: 64 * 1048576,
  });
  const ms = performance.now() - t;
  const timedOut = (r.error && r.error.code === 'ETIMEDOUT') || r.signal === 'SIGKILL';
  if (timedOut && !timeout) throw new Error(`node ${args.slice(0, 3).join(' ')}… did not finish in ${fmtS(CHILD_TIMEOUT_MS)}`);
  if (!timedOut && r.status !== 0) {
    throw new Error(`node ${args.slice(0, 3).join(' ')}… exited with ${r.status ?? r.signal}: ${String(r.stderr).slice(0, 2000)}`);
  }
  return { ms, timedOut, stdout: capture ? String(r.stdout) : '' };
}

/**
 * Runs the measurements in rounds (A, B, C, A, B, C, …) rather than each one `runs` times in a
 * row, so that whatever else the machine is doing weighs on both sides of a ratio alike.
 * Median over the runs; one whose first run takes over SLOW_RUN_MS (or that times out) is not repeated.
 */
function measureInterleaved(specs, runs) {
  const out = specs.map((s) => ({ label: s.label, times: [], done: false, timedOut: false, stdout: '' }));
  for (let i = 0; i < runs; i++) {
    specs.forEach((spec, k) => {
      const o = out[k];
      if (o.done) return;
      const r = spec.fn();
      o.stdout = r.stdout;
      if (r.timedOut) {
        Object.assign(o, { timedOut: true, done: true, timedOutMs: r.ms });
        process.stdout.write(`  ${spec.label}: killed after ${fmtS(r.ms)}\n`);
        return;
      }
      o.times.push(r.ms);
      process.stdout.write(`  ${spec.label}: run ${i + 1} ${fmtS(r.ms)}\n`);
      if (spec.once || (i === 0 && r.ms > SLOW_RUN_MS)) o.done = true;
    });
  }
  return out.map((o) => ({ ...o, ms: o.timedOut ? o.timedOutMs : median(o.times), min: Math.min(...o.times), runs: o.times.length }));
}

const loadScript = (patched) => `
const fs = require('fs');
const ExcelJS = require('exceljs');
${patched ? "require('./dist/io/xlsx/linear-merges.js').installLinearMergeLoading();" : ''}
new ExcelJS.Workbook().xlsx.load(fs.readFileSync(process.argv[1])).then((wb) => {
  let rows = 0, merges = 0;
  wb.eachSheet((ws) => { rows += ws.rowCount; merges += Object.keys(ws._merges).length; });
  process.stdout.write(rows + ' ' + merges);
});`;

/** The CLI's stages, one after another, in a fresh process (what `oko roadmap FILE` does). */
const stagesScript = `
const t0 = performance.now();
const startup = process.uptime() * 1000;
const marks = [];
let t = t0;
const mark = (name) => { const now = performance.now(); marks.push([name, now - t]); t = now; };
(async () => {
  const { readInput } = require('./dist/cli/files.js');
  const { inspectPackage } = require('./dist/io/xlsx/inspect.js');
  const { installLinearMergeLoading } = require('./dist/io/xlsx/linear-merges.js');
  const { worksheetToGrid } = require('./dist/io/xlsx/to-grid.js');
  const { readRoadmap, looksLikeRoadmap } = require('./dist/core/roadmap/read.js');
  const { checkRoadmap } = require('./dist/core/roadmap/check.js');
  const { findStaffList } = require('./dist/core/roadmap/staff.js');
  const { formatSummary } = require('./dist/cli/summary.js');
  const { roadmapJson } = require('./dist/core/roadmap/json.js');
  const { parseDayOption } = require('./dist/cli/dates.js');
  const ExcelJS = require('exceljs');
  mark('require modules');
  const file = process.argv[1];
  const today = parseDayOption('--today', '${TODAY}');
  const bytes = await readInput(file);
  mark('readInput');
  await inspectPackage(bytes);
  mark('inspectPackage');
  installLinearMergeLoading();
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes);
  mark('ExcelJS load (linear merges)');
  const sheets = [];
  wb.eachSheet((ws) => sheets.push(worksheetToGrid(ws)));
  mark('worksheetToGrid');
  const grid = sheets.find(looksLikeRoadmap);
  mark('looksLikeRoadmap');
  const read = readRoadmap(grid, { today });
  mark('readRoadmap');
  const staff = findStaffList(sheets, grid.name);
  mark('findStaffList');
  const findings = checkRoadmap(read.roadmap, { today, staff });
  mark('checkRoadmap');
  const analysis = { roadmap: read.roadmap, findings, staff, today };
  const text = formatSummary(file, analysis);
  mark('formatSummary');
  const json = JSON.stringify(roadmapJson(analysis), null, 2);
  mark('roadmapJson + stringify');
  process.stdout.write(JSON.stringify({ startup, marks, items: read.roadmap.items.length, findings: findings.length, textBytes: text.length, jsonBytes: json.length }));
})();`;

function parseDay(iso) {
  const [y, m, d] = iso.split('-').map(Number);
  return Date.UTC(y, m - 1, d) / 86_400_000;
}

/** A full garbage collection now (the flag is set at run time, so `node bench/roadmap.js` is enough). */
function collectGarbage() {
  if (!collectGarbage.gc) {
    require('node:v8').setFlagsFromString('--expose-gc');
    collectGarbage.gc = require('node:vm').runInNewContext('gc');
  }
  collectGarbage.gc();
}

/** Minor page faults of this process so far (Linux /proc), or null where there is no /proc. */
function minorFaults() {
  try {
    // Field 10 of /proc/self/stat; the command name before it may hold spaces, hence the split on ') '.
    return Number(fs.readFileSync('/proc/self/stat', 'utf8').split(') ')[1].split(' ')[7]);
  } catch {
    return null;
  }
}

/**
 * What one page fault costs on this machine: the time to touch 64 MB of fresh memory, per
 * fault. In the Firecracker VM ОКО is developed on, whose freed pages go back to the host, it
 * was measured at 15-20 µs. The memory a read keeps, mostly the register's items, is faulted
 * in again whenever V8 gave it back at the forced GC before a run (it does so every other run
 * there), so on such a VM a run's time depends on that heuristic.
 */
function pageFaultCost() {
  const f0 = minorFaults();
  if (f0 === null) return null;
  const t = performance.now();
  const b = Buffer.allocUnsafeSlow(64 * 1048576);
  for (let i = 0; i < b.length; i += 4096) b[i] = 1;
  const ms = performance.now() - t;
  const n = minorFaults() - f0;
  return n > 1000 ? { usPerFault: (1000 * ms) / n, faults: n } : null;
}

/** readRoadmap + checkRoadmap on grids already read: the pure engine. */
async function measureEngine(file, runs) {
  const { readWorkbook } = require(path.join(ROOT, 'dist/io/xlsx/read-workbook.js'));
  const { readRoadmap, looksLikeRoadmap } = require(path.join(ROOT, 'dist/core/roadmap/read.js'));
  const { checkRoadmap } = require(path.join(ROOT, 'dist/core/roadmap/check.js'));
  const { dayOf } = require(path.join(ROOT, 'dist/core/dates.js'));
  const today = dayOf(...TODAY.split('-').map(Number));
  if (today !== parseDay(TODAY)) throw new Error('dayOf disagrees with the bench about days');
  let t = performance.now();
  let { sheets } = await readWorkbook(new Uint8Array(fs.readFileSync(file)));
  const readMs = performance.now() - t;
  const grid = sheets.find(looksLikeRoadmap);
  if (!grid) throw new Error(`${file}: no roadmap sheet found`);
  sheets = null;
  const dataRows = grid.values.length - 5;
  const times = [];
  const checkTimes = [];
  const faults = [];
  let stats;
  for (let i = 0; i < runs; i++) {
    // What ExcelJS (or the previous run) left behind is collected first, so it is not billed to
    // the engine; the engine's own garbage is collected within the timed run as usual.
    collectGarbage();
    const faults0 = minorFaults();
    t = performance.now();
    const read = readRoadmap(grid, { today });
    const t1 = performance.now();
    if (!read.ok) throw new Error(`${file}: readRoadmap: ${read.reason}`);
    const findings = checkRoadmap(read.roadmap, { today, staff: null });
    const t2 = performance.now();
    const runFaults = faults0 === null ? null : minorFaults() - faults0;
    times.push(t2 - t);
    checkTimes.push(t2 - t1);
    faults.push(runFaults);
    const byRule = {};
    for (const f of findings) byRule[f.rule] = (byRule[f.rule] ?? 0) + 1;
    const kinds = {};
    for (const it of read.roadmap.items) kinds[it.deadline.kind] = (kinds[it.deadline.kind] ?? 0) + 1;
    stats = { readMs: t1 - t, checkMs: t2 - t1, items: read.roadmap.items.length, sections: read.roadmap.sections.length, findings: findings.length, byRule, kinds, period: read.roadmap.period };
    const faultText = runFaults === null ? '' : `; ${fmtInt(runFaults)} page faults`;
    process.stdout.write(`  engine: run ${i + 1} ${fmtS(t2 - t)} (readRoadmap ${fmtS(stats.readMs)}, checkRoadmap ${fmtS(stats.checkMs)}${faultText})\n`);
  }
  const ms = median(times);
  const checkMs = median(checkTimes);
  // The faults of the run(s) whose time is the median, as median() picks them.
  const byTime = times.map((_ms, i) => i).sort((a, b) => times[a] - times[b]);
  const middle = byTime.length % 2 ? [byTime[(byTime.length - 1) / 2]] : byTime.slice(byTime.length / 2 - 1, byTime.length / 2 + 1);
  const medianFaults = faults.includes(null) ? null : middle.reduce((sum, i) => sum + faults[i], 0) / middle.length;
  return { ms, min: Math.min(...times), runs: times.length, dataRows, rowsPerS: dataRows / (ms / 1000), checkMs, checkRowsPerS: dataRows / (checkMs / 1000), medianFaults, stats, gridReadMs: readMs };
}

// ---------------------------------------------------------------------------------------------

function table(rows) {
  const widths = rows[0].map((_v, i) => Math.max(...rows.map((r) => String(r[i]).length)));
  return rows.map((r, k) => {
    const line = r.map((v, i) => (i === 0 ? String(v).padEnd(widths[i]) : String(v).padStart(widths[i]))).join('  ');
    return k === 0 ? `${line}\n${widths.map((w) => '-'.repeat(w)).join('  ')}` : line;
  }).join('\n');
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  const started = performance.now();
  console.log(`ОКО roadmap benchmark — ${opts.rows} data rows, up to ${opts.runs} run(s) per measurement; Node ${process.version}, ${os.cpus().length} CPU(s) (${os.cpus()[0]?.model ?? '?'})`);
  const git = (args) => spawnSync('git', args, { cwd: ROOT, encoding: 'utf8' }).stdout?.trim() ?? '';
  const dirty = git(['status', '--porcelain', '--', 'src']) ? ' + uncommitted changes in src/' : '';
  console.log(`Code: ${git(['log', '-1', '--format=%h %s']) || 'not a git checkout'}${dirty}`);
  console.log(`Load average at start: ${os.loadavg().map((x) => x.toFixed(2)).join(' ')} (other work on this machine skews wall times)`);
  ensureBuilt();

  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'oko-bench-'));
  const cleanup = () => {
    if (!opts.keep) fs.rmSync(dir, { recursive: true, force: true });
  };
  process.on('exit', cleanup);
  process.on('SIGINT', () => process.exit(130));

  console.log('\nGenerating workbooks (seeded) …');
  const { files, info } = await generate(opts, dir);
  console.log(
    `  ${info.rows} data rows: ${info.items} activities, ${info.sections} section rows; ` +
      `${info.rowsUnderMergedNumbers} activities (${((100 * info.rowsUnderMergedNumbers) / info.items).toFixed(1)}%) under ${info.mergesBy.number} numbers merged down`,
  );
  console.log(
    `  merged file:    ${info.merges} merges (sections+title ${info.mergesBy.section}, numbers ${info.mergesBy.number}, responsible ${info.mergesBy.responsible}); ` +
      `${(info.bytes.merged / 1048576).toFixed(1)} MB, written in ${fmtS(info.writeMs.merged)}`,
  );
  console.log(`  merge-free file: 0 merges; ${(info.bytes.plain / 1048576).toFixed(1)} MB, written in ${fmtS(info.writeMs.plain)}`);
  console.log(`  (layout ${fmtS(info.layoutMs)}; generation total ${fmtS(info.layoutMs + info.writeMs.merged + info.writeMs.plain)})`);
  if (opts.keep) console.log(`  kept: ${files.merged}\n        ${files.plain}`);

  const variants = [
    { key: 'plain', name: 'merge-free', file: files.plain },
    { key: 'merged', name: 'merged', file: files.merged },
  ];
  const res = {};
  for (const v of variants) {
    console.log(`\n[${v.name}] ${path.basename(v.file)}`);
    const r = (res[v.key] = {});
    r.engine = await measureEngine(v.file, opts.runs);
    collectGarbage();
    const s = r.engine.stats;
    console.log(`  (grids read in-process by readWorkbook in ${fmtS(r.engine.gridReadMs)}, not part of the engine time)`);
    console.log(
      `  period ${s.period.source || 'from title'}; ${s.items} items, ${s.sections} sections; deadlines ${JSON.stringify(s.kinds)}; ` +
        `${s.findings} findings ${JSON.stringify(s.byRule)}`,
    );
    const oko = (...extra) => () => runNode([path.join(ROOT, 'bin/oko.js'), 'roadmap', v.file, '--today', TODAY, ...extra]);
    const patched = v.key === 'merged';
    r.loadLabel = patched ? 'ExcelJS + linear-merge patch' : 'stock ExcelJS';
    const specs = [
      { label: `ExcelJS load (${patched ? 'linear-merge patch' : 'stock'})`, fn: () => runNode(['-e', loadScript(patched), v.file], { capture: true }) },
      { label: 'CLI', fn: oko() },
      { label: 'CLI --json', fn: oko('--json') },
    ];
    if (patched) {
      // Stock ExcelJS on tens of thousands of merges: once, and only if it finishes in time.
      specs.push({ label: `ExcelJS load (stock, ≤ ${STOCK_TIMEOUT_MS / 1000} s)`, once: true, fn: () => runNode(['-e', loadScript(false), v.file], { capture: true, timeout: STOCK_TIMEOUT_MS }) });
    }
    [r.load, r.cli, r.cliJson, r.stock] = measureInterleaved(specs, opts.runs);
    if (r.stock?.timedOut) {
      console.log(`  ExcelJS load (stock) skipped: killed after ${fmtS(r.stock.ms)} — stock ExcelJS checks each merge it loads against all earlier ones (O(n²) in ${info.merges} merges)`);
    }
    console.log(`  (load child saw rows/merges: ${r.load.stdout})`);
    if (opts.stages) {
      const st = runNode(['-e', stagesScript, v.file], { capture: true });
      r.stages = { ...JSON.parse(st.stdout), wallMs: st.ms };
    }
  }

  // ---- Report
  console.log(`\nLoad average at the end: ${os.loadavg().map((x) => x.toFixed(2)).join(' ')}`);
  console.log('\n================ Results (median of runs; wall time of a fresh node process unless noted) ================');
  const rows = [['measurement', 'merge-free file', 'merged file']];
  const cell = (m) =>
    m ? (m.timedOut ? `> ${fmtS(STOCK_TIMEOUT_MS)} (skipped)` : `${fmtS(m.ms)}${m.runs > 1 ? ` (min ${fmtS(m.min)})` : ' (1 run)'}`) : '—';
  const both = (f) => [f(res.plain.engine), f(res.merged.engine)];
  const faultCost = pageFaultCost();
  const faultCell = (e) => {
    if (e.medianFaults === null) return 'n/a';
    const cost = faultCost ? ` ≈ ${Math.round((e.medianFaults * faultCost.usPerFault) / 1000)} ms` : '';
    return `${fmtInt(e.medianFaults)}${cost}`;
  };
  rows.push(['a. the check itself: checkRoadmap (in-process)', ...both((e) => fmtS(e.checkMs))]);
  rows.push(['   rows/s', ...both((e) => fmtInt(e.checkRowsPerS))]);
  rows.push(['   readRoadmap + checkRoadmap on the grid (in-process)', ...both(cell)]);
  rows.push(['   rows/s', ...both((e) => fmtInt(e.rowsPerS))]);
  rows.push(['   page faults in the median run', ...both(faultCell)]);
  rows.push(['b. ExcelJS load only, stock', cell(res.plain.load), cell(res.merged.stock)]);
  rows.push(['   ExcelJS load only, linear-merge patch', '—', cell(res.merged.load)]);
  rows.push(['c. CLI  oko roadmap FILE --today … > /dev/null', cell(res.plain.cli), cell(res.merged.cli)]);
  rows.push(['   CLI  … --json > /dev/null', cell(res.plain.cliJson), cell(res.merged.cliJson)]);
  const ratio = (a, b) => a.ms / b.ms;
  rows.push(['d. CLI / ExcelJS load', ratio(res.plain.cli, res.plain.load).toFixed(2), ratio(res.merged.cli, res.merged.load).toFixed(2)]);
  rows.push(['   CLI --json / ExcelJS load', ratio(res.plain.cliJson, res.plain.load).toFixed(2), ratio(res.merged.cliJson, res.merged.load).toFixed(2)]);
  rows.push(['   (baseline load used for d.)', res.plain.loadLabel, res.merged.loadLabel]);
  console.log(table(rows));

  if (opts.stages) {
    console.log('\nCLI stages (one fresh process per file; ms):');
    const names = res.plain.stages.marks.map((m) => m[0]);
    const srows = [['stage', 'merge-free', 'merged']];
    srows.push(['node start-up (process.uptime at script start)', res.plain.stages.startup.toFixed(0), res.merged.stages.startup.toFixed(0)]);
    names.forEach((n, i) => srows.push([n, res.plain.stages.marks[i][1].toFixed(0), res.merged.stages.marks[i][1].toFixed(0)]));
    srows.push(['whole process (wall)', res.plain.stages.wallMs.toFixed(0), res.merged.stages.wallMs.toFixed(0)]);
    console.log(table(srows));
  }

  console.log('\nVerdict:');
  for (const v of variants) {
    const e = res[v.key].engine;
    console.log(`  the check itself ≥ ${fmtInt(CHECK_TARGET)} rows/s [${v.name}]: ${e.checkRowsPerS >= CHECK_TARGET ? 'MET' : 'NOT MET'} — ${fmtInt(e.checkRowsPerS)} rows/s (checkRoadmap on the register already read, ${e.dataRows} rows in ${fmtS(e.checkMs)})`);
  }
  for (const v of variants) {
    const r = res[v.key];
    for (const [label, cli] of [['CLI', r.cli], ['CLI --json', r.cliJson]]) {
      const q = ratio(cli, r.load);
      console.log(`  ${label} / ExcelJS load ≤ ${RATIO_TARGET} [${v.name}]: ${q <= RATIO_TARGET ? 'MET' : 'NOT MET'} — ${q.toFixed(2)} (${fmtS(cli.ms)} / ${fmtS(r.load.ms)}, ${r.loadLabel})`);
    }
  }
  console.log('\nWithout a target of its own:');
  for (const v of variants) {
    const e = res[v.key].engine;
    console.log(`  readRoadmap + checkRoadmap [${v.name}]: ${fmtInt(e.rowsPerS)} rows/s (${fmtS(e.ms)}; ${faultCell(e)} in page faults)`);
  }
  if (faultCost) console.log(`  one page fault costs ${faultCost.usPerFault.toFixed(1)} µs here (${fmtInt(faultCost.faults)} faults touching 64 MB of fresh memory)`);
  console.log(`\nTotal bench time ${fmtS(performance.now() - started)}.${opts.keep ? ` Files kept in ${dir}` : ' Generated files removed.'}`);
}

main().catch((e) => {
  console.error(e && e.stack ? e.stack : e);
  process.exit(1);
});
