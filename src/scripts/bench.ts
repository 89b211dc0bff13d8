/**
 * Performance benchmark (not a test: timings depend on the machine). `npm run bench` prints a
 * table and writes it, with the machine's description, to .bench/latest.md:
 *
 *  1. Cold build time of the site, and with its content multiplied 10× and 100× by synthetic
 *     pages and figures (built in temporary copies of the project, so the real one is untouched),
 *     with the marginal cost per added page, to show whether cost grows linearly.
 *  2. Verifier time for 10,000 synthetic citations (verifyDataset called directly).
 *  3. The chart JavaScript this site ships versus a baseline that draws the same chart in the
 *     browser with the whole `d3` bundle (bundled with esbuild and gzipped in this run).
 *
 *  4. `npm test` wall time, split into its stages: type check, build, and each test layer
 *     (unit, build, browser; from Vitest's JSON report of that same run). It runs
 *     BENCH_TEST_RUNS times (default 3) and reports the median run with every run's time: on a
 *     shared two-core machine one run can be 15 % faster or slower than the next. With
 *     BENCH_FRESH=1 each run is in a fresh clone of HEAD (`npm install` first, not timed, and
 *     ../shared linked beside it as in CI), so no ESLint, Prettier, Astro or Vite cache helps it:
 *     the case issue 19 names ("on a fresh clone").
 *
 * Env: BENCH_PARTS (default "tests,verifier,chart,builds"; e.g. BENCH_PARTS=tests for the test
 * times only, which `npm run bench:tests` does), BENCH_MULTIPLIERS (default "1,10,100"), BENCH_CITATIONS (default 10000), BENCH_RUNS (builds per
 * size, default 3 up to 10× and 1 at 100×; median reported), BENCH_KEEP=1 keeps
 * the temporary copies.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { cpus, freemem, loadavg, platform, release, tmpdir, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build as esbuild } from 'esbuild';
import { measurePage } from './budgets.ts';
import { htmlFiles, listPages } from './lib/site-pages.ts';
import { importSiteModule } from './lib/site-code.ts';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const multipliers = (process.env.BENCH_MULTIPLIERS ?? '1,10,100').split(',').map(Number);
const CITATIONS = Number(process.env.BENCH_CITATIONS ?? 10_000);
const KEEP = process.env.BENCH_KEEP === '1';
/**
 * Builds per size; the median is reported (other work on a shared machine makes single runs noisy).
 * Default: 3 runs up to 10×, 1 run at 100× (a single large build is long enough to be stable).
 */
const runsFor = (multiplier: number) => Math.max(1, Number(process.env.BENCH_RUNS ?? (multiplier >= 100 ? 1 : 3)));

/* ------------------------------------------------------------------ project loading */

interface SeedRef {
  seed: string;
  line: number;
  quote: string;
}
interface FigureLike {
  id: string;
  kind: string;
  value: number;
  unit: string;
  measures: string;
  themes: string[];
  source?: SeedRef;
  [key: string]: unknown;
}
interface ProvenanceApi {
  loadProject(root: string): {
    data: { figures: FigureLike[]; [k: string]: unknown };
    seeds: Map<string, unknown>;
    errors: unknown[];
  };
  verifyDataset(data: unknown, seeds: Map<string, unknown>): { file: string; id: string; message: string }[];
}

/** The loader and the verifier, loaded as every script loads site code (lib/site-code.ts). */
async function loadProvenance(): Promise<ProvenanceApi> {
  const { loadProject } = await importSiteModule<Pick<ProvenanceApi, 'loadProject'>>('src/lib/provenance/load.ts');
  const { verifyDataset } =
    await importSiteModule<Pick<ProvenanceApi, 'verifyDataset'>>('src/lib/provenance/verify.ts');
  return { loadProject, verifyDataset };
}

/* ------------------------------------------------------------------ synthetic content */

/** Figures that are safe to clone into MDX: sourced, with a quote that has no double quote. */
function cloneable(figures: FigureLike[]): FigureLike[] {
  const ok = figures.filter((f) => f.kind === 'sourced' && f.source && !f.source.quote.includes('"'));
  if (ok.length === 0) throw new Error('no sourced figures to clone');
  return ok;
}

/** "a", "b", … "ba": page names without digits (the provenance check forbids digits in titles). */
function letters(n: number): string {
  let s = '';
  do {
    s = String.fromCharCode(97 + (n % 26)) + s;
    n = Math.floor(n / 26);
  } while (n > 0);
  return s;
}

function syntheticFigure(original: FigureLike, id: string): FigureLike {
  const { id: _id, ...rest } = original;
  return { id, ...rest };
}

function yamlList(items: unknown[]): string {
  // JSON is valid YAML; the loader only needs a list of entries.
  return `${JSON.stringify(items, null, 1)}\n`;
}

/** One synthetic MDX page citing `figs` (already present in the data) like a real page does. */
function syntheticPage(index: number, figs: FigureLike[]): string {
  const name = letters(index);
  const paragraphs = figs.map((f, i) => {
    const s = f.source!;
    return [
      `## Section ${letters(i)}`,
      '',
      `This synthetic paragraph restates a sourced figure, ${f.measures.replace(/[0-9{}<>]/g, '')}, at <Fig id="${f.id}" />, as the source reported.<Cite at="${s.seed}:${s.line}" /> ` +
        `In the source's own words: <Quote at="${s.seed}:${s.line}" text="${s.quote}" />. The benchmark repeats such paragraphs to grow the site the way real pages would, with prose, marks and notes.`,
      '',
    ].join('\n');
  });
  return [
    '---',
    `title: Benchmark page ${name}`,
    `description: A synthetic page generated by the benchmark to measure how build time grows with content.`,
    `order: ${1000 + index}`,
    'section: reference',
    'themes: [tariffs]',
    '---',
    '',
    ...paragraphs,
  ].join('\n');
}

/* ------------------------------------------------------------------ temporary project copies */

const SKIP_TOP = new Set(['node_modules', 'dist', '.astro', '.git', '.lighthouse', '.bench', '.vitest-report.json']);
const SKIP_IN_NODE_MODULES = new Set(['.astro', '.vite', '.cache']);

/** Copy the project (sources only) and give it its own node_modules of symlinks, so caches are cold. */
function copyProject(): string {
  const dir = mkdtempSync(join(tmpdir(), 'bench-site-'));
  for (const name of readdirSync(ROOT)) {
    if (SKIP_TOP.has(name)) continue;
    cpSync(join(ROOT, name), join(dir, name), { recursive: true });
  }
  mkdirSync(join(dir, 'node_modules'));
  for (const name of readdirSync(join(ROOT, 'node_modules'))) {
    if (!SKIP_IN_NODE_MODULES.has(name)) symlinkSync(join(ROOT, 'node_modules', name), join(dir, 'node_modules', name));
  }
  // Pages may read "last updated" dates from git: give the copy a history of one commit.
  const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, stdio: 'ignore' });
  try {
    git('init', '-q');
    git('add', '-A');
    git('-c', 'user.name=bench', '-c', 'user.email=bench@localhost', 'commit', '-qm', 'bench');
  } catch {
    // No git: pages fall back to their own defaults.
  }
  return dir;
}

interface BuildResult {
  multiplier: number;
  contentPages: number;
  figures: number;
  htmlPages: number;
  seconds: number;
  /** Every run's time, for the spread. */
  runs: number[];
}

function countMdx(dir: string): number {
  return readdirSync(join(dir, 'content', 'pages')).filter((f) => f.endsWith('.mdx')).length;
}

async function buildAt(multiplier: number, api: ProvenanceApi): Promise<BuildResult> {
  const dir = copyProject();
  try {
    const project = api.loadProject(dir);
    const realFigures = project.data.figures;
    const realPages = countMdx(dir);
    const sources = cloneable(realFigures);
    const extraFigures = (multiplier - 1) * realFigures.length;
    const extraPages = (multiplier - 1) * realPages;
    const synthetic: FigureLike[] = [];
    for (let i = 0; i < extraFigures; i++)
      synthetic.push(syntheticFigure(sources[i % sources.length]!, `bench-figure-${i}`));
    if (synthetic.length) writeFileSync(join(dir, 'content', 'data', 'figures', 'zz-bench.yaml'), yamlList(synthetic));
    // Spread the synthetic figures over the synthetic pages, ~8 per page like a real topic page.
    const perPage = Math.max(1, Math.min(8, Math.ceil(synthetic.length / Math.max(1, extraPages))));
    for (let p = 0; p < extraPages; p++) {
      const figs = Array.from({ length: perPage }, (_, k) => synthetic[(p * perPage + k) % synthetic.length]!);
      writeFileSync(join(dir, 'content', 'pages', `bench-${letters(p)}.mdx`), syntheticPage(p, figs));
    }
    const started = process.hrtime.bigint();
    const run = spawnSync(process.execPath, [join(dir, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build'], {
      cwd: dir,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
    });
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    if (run.status !== 0)
      throw new Error(`build at ${multiplier}× failed (in ${dir}):\n${(run.stdout + run.stderr).slice(-4000)}`);
    return {
      multiplier,
      contentPages: realPages + extraPages,
      figures: realFigures.length + extraFigures,
      htmlPages: htmlFiles(join(dir, 'dist')).length,
      seconds,
      runs: [seconds],
    };
  } finally {
    if (!KEEP) rmSync(dir, { recursive: true, force: true });
    else console.log(`  kept ${dir}`);
  }
}

/* ------------------------------------------------------------------ verifier */

async function verifierBench(api: ProvenanceApi) {
  const project = api.loadProject(ROOT);
  const sources = cloneable(project.data.figures);
  const synthetic = Array.from({ length: CITATIONS }, (_, i) =>
    syntheticFigure(sources[i % sources.length]!, `bench-citation-${i}`),
  );
  const data = { ...project.data, figures: [...project.data.figures, ...synthetic] };
  const times: number[] = [];
  let errors: { message: string }[] = [];
  for (let run = 0; run < 3; run++) {
    const t0 = process.hrtime.bigint();
    errors = api.verifyDataset(data, project.seeds);
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  times.sort((a, b) => a - b);
  if (errors.length)
    throw new Error(`verifier reported ${errors.length} errors on synthetic data, e.g. ${errors[0]!.message}`);
  return {
    citations: CITATIONS,
    realFigures: project.data.figures.length,
    medianMs: times[1]!,
    perCitationUs: (times[1]! * 1000) / (CITATIONS + project.data.figures.length),
  };
}

/* ------------------------------------------------------------------ chart JavaScript vs d3 */

/** Draws the same kind of chart the site ships (bars with axes, tooltips on hover and focus), client-side. */
function d3ChartSource(values: { label: string; value: number }[], whole: boolean): string {
  return `
import * as d3 from 'd3';
${whole ? '// A page that loads d3 as one script (like a CDN <script src="d3.min.js">) gets all of it.\nglobalThis.d3 = d3;' : ''}
const data = ${JSON.stringify(values)};
export function draw(root) {
  const width = 640, height = 320, margin = { top: 16, right: 16, bottom: 48, left: 48 };
  const svg = d3.select(root).append('svg').attr('viewBox', [0, 0, width, height]).attr('role', 'img');
  const x = d3.scaleBand().domain(data.map((d) => d.label)).range([margin.left, width - margin.right]).padding(0.2);
  const y = d3.scaleLinear().domain([0, d3.max(data, (d) => d.value)]).nice().range([height - margin.bottom, margin.top]);
  svg.append('g').attr('transform', 'translate(0,' + (height - margin.bottom) + ')').call(d3.axisBottom(x));
  svg.append('g').attr('transform', 'translate(' + margin.left + ',0)').call(d3.axisLeft(y).ticks(5, 's'));
  const tip = d3.select(root).append('div').attr('role', 'tooltip').attr('hidden', '');
  const show = (event, d) => tip.attr('hidden', null).text(d.label + ': ' + d3.format(',')(d.value));
  svg.append('g').selectAll('rect').data(data).join('rect')
    .attr('x', (d) => x(d.label)).attr('y', (d) => y(d.value))
    .attr('width', x.bandwidth()).attr('height', (d) => y(0) - y(d.value))
    .attr('tabindex', 0).attr('data-mark', '')
    .on('mouseenter focus', show).on('mouseleave blur', () => tip.attr('hidden', ''));
}
document.querySelectorAll('[data-d3-chart]').forEach(draw);
`;
}

async function bundleSize(source: string): Promise<{ raw: number; gzip: number }> {
  const result = await esbuild({
    stdin: { contents: source, resolveDir: ROOT, loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    logLevel: 'error',
  });
  const code = result.outputFiles[0]!.contents;
  return { raw: code.length, gzip: gzipSync(code, { level: 9 }).length };
}

async function chartJsBench(api: ProvenanceApi) {
  const project = api.loadProject(ROOT);
  const values = project.data.figures.filter((f) => f.unit === 'percent').map((f) => ({ label: f.id, value: f.value }));
  const whole = await bundleSize(d3ChartSource(values, true));
  const shaken = await bundleSize(d3ChartSource(values, false));
  const dist = join(ROOT, 'dist');
  const charts = listPages(dist).pages.find((p) => p.path.endsWith('/charts/'));
  const site = charts && existsSync(charts.file) ? measurePage(dist, charts, listPages(dist).base) : undefined;
  return { whole, shaken, site };
}

/* ------------------------------------------------------------------ report */

function table(header: string[], rows: string[][]): string {
  const all = [header, ...rows];
  const widths = header.map((_, i) => Math.max(...all.map((r) => r[i]!.length)));
  const line = (r: string[]) => `| ${r.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  return [line(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.map(line)].join('\n');
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

interface TestTimes {
  totalSeconds: number;
  /** User + system CPU seconds of `npm test` and everything it started (NaN without /usr/bin/time). */
  cpuSeconds: number;
  /** One-minute load average before → after the run. */
  load: string;
  passed: number;
  failed: number;
  stages: { stage: string; seconds: number; files: number; tests: number }[];
}

/**
 * A fresh clone of the committed HEAD in a temporary directory, with its packages installed and
 * ../shared linked beside it as CI has it; returns the clone's root. Installing is not timed.
 */
function freshClone(): string {
  const parent = mkdtempSync(join(tmpdir(), 'bench-fresh-'));
  const clone = join(parent, 'main');
  execFileSync('git', ['clone', '--quiet', ROOT, clone], { stdio: 'inherit' });
  const shared = join(ROOT, '..', 'shared');
  if (existsSync(shared)) symlinkSync(shared, join(parent, 'shared'));
  execFileSync('npm', ['install', '--no-audit', '--no-fund', '--silent'], { cwd: clone, stdio: 'inherit' });
  return clone;
}

/** Run `npm test` once in `cwd`, as a maintainer would, and split its wall time by stage and layer. */
function testBench(cwd: string = ROOT): TestTimes {
  const reportFile = join(mkdtempSync(join(tmpdir(), 'bench-tests-')), 'report.json');
  // CPU time (user + system, all child processes) via GNU time when the machine has it: on a
  // shared machine wall time is noisy, CPU time much less so.
  const cpuFile = `${reportFile}.cpu`;
  const [command, args] = existsSync('/usr/bin/time')
    ? ['/usr/bin/time', ['-f', '%U %S', '-o', cpuFile, 'npm', 'test']]
    : ['npm', ['test']];
  const loadBefore = loadavg()[0]!;
  const started = Date.now();
  const run = spawnSync(command, args, {
    cwd,
    env: { ...process.env, VITEST_JSON_REPORT: reportFile },
    stdio: 'inherit',
  });
  const totalSeconds = (Date.now() - started) / 1000;
  const load = `${loadBefore.toFixed(1)} → ${loadavg()[0]!.toFixed(1)}`;
  const cpuSeconds = existsSync(cpuFile)
    ? readFileSync(cpuFile, 'utf8')
        .trim()
        .split('\n')
        .at(-1)!
        .split(' ')
        .map(Number)
        .reduce((a, b) => a + b, 0)
    : NaN;
  if (!existsSync(reportFile))
    throw new Error(`npm test wrote no report (exit ${run.status}): the type check or build failed`);
  const report = JSON.parse(readFileSync(reportFile, 'utf8')) as {
    startTime: number;
    numPassedTests: number;
    numFailedTests: number;
    testResults: { name: string; startTime: number; endTime: number; assertionResults: unknown[] }[];
  };
  const layerOf = (file: string) =>
    file.includes('/src/tests/browser/') ? 'browser' : file.includes('/src/tests/build/') ? 'build' : 'unit';
  const stageFile = `${reportFile}.stages.json`;
  const { checkSeconds } = existsSync(stageFile)
    ? (JSON.parse(readFileSync(stageFile, 'utf8')) as { checkSeconds: number })
    : { checkSeconds: NaN };
  const stages: TestTimes['stages'] = [
    // Everything before Vitest started: `astro build` (and npm's own start-up).
    { stage: 'build', seconds: (report.startTime - started) / 1000, files: 0, tests: 0 },
    // `astro check` starts with the build and runs beside it and the test layers.
    { stage: 'type check (beside build and tests)', seconds: checkSeconds, files: 0, tests: 0 },
  ];
  // The unit and build layers share one group of workers (vitest.config.ts), so they are one stage.
  const groups = [
    { stage: 'vitest: unit and build layers, side by side', layers: ['unit', 'build'] },
    { stage: 'vitest: browser layer', layers: ['browser'] },
  ];
  for (const group of groups) {
    const files = report.testResults.filter((r) => group.layers.includes(layerOf(r.name)));
    if (files.length === 0) continue;
    const first = Math.min(...files.map((f) => f.startTime));
    const last = Math.max(...files.map((f) => f.endTime));
    stages.push({
      stage: group.stage,
      seconds: (last - first) / 1000,
      files: files.length,
      tests: files.reduce((n, f) => n + f.assertionResults.length, 0),
    });
  }
  return { totalSeconds, cpuSeconds, load, passed: report.numPassedTests, failed: report.numFailedTests, stages };
}

const TEST_RUNS = Math.max(1, Number(process.env.BENCH_TEST_RUNS ?? 3));
const FRESH = process.env.BENCH_FRESH === '1';

/** The median run by wall time (the lower middle one for an even count). */
function medianRun(runs: TestTimes[]): TestTimes {
  return [...runs].sort((a, b) => a.totalSeconds - b.totalSeconds)[Math.floor((runs.length - 1) / 2)]!;
}

function testSection(runs: TestTimes[]): string {
  const t = medianRun(runs);
  const each = runs.map((r) => `${r.totalSeconds.toFixed(0)} s`).join(', ');
  return [
    `**\`npm test\`**${FRESH ? ' in a fresh clone of HEAD each run' : ''} (the build, then the unit and build layers side by side, then the browser layer, with the type check and the linter beside them all; ${t.passed} passed, ${t.failed} failed): **${t.totalSeconds.toFixed(0)} s** wall time${runs.length > 1 ? `, the median of ${runs.length} runs (${each})` : ''}; that run used ${Number.isNaN(t.cpuSeconds) ? 'CPU time not measured' : `${t.cpuSeconds.toFixed(0)} s CPU (user + system)`}, load average ${t.load}.`,
    '',
    table(
      ['stage', 'wall time', 'files', 'tests'],
      t.stages.map((s) => [
        s.stage,
        `${s.seconds.toFixed(1)} s`,
        s.files ? String(s.files) : '—',
        s.tests ? String(s.tests) : '—',
      ]),
    ),
  ].join('\n');
}

const PARTS = new Set((process.env.BENCH_PARTS ?? 'tests,verifier,chart,builds').split(',').map((p) => p.trim()));

async function main() {
  const started = Date.now();
  const machine = `${cpus().length} × ${cpus()[0]?.model.trim() ?? 'unknown CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB RAM (${(freemem() / 2 ** 30).toFixed(0)} GiB free), ${platform()} ${release()}, Node ${process.version}`;
  console.log(`Benchmark on ${machine}\n`);
  const tests: TestTimes[] = [];
  for (let run = 1; PARTS.has('tests') && run <= TEST_RUNS; run++) {
    console.log(`npm test (run ${run} of ${TEST_RUNS})${FRESH ? ' in a fresh clone' : ''}…`);
    const clone = FRESH ? freshClone() : undefined;
    tests.push(testBench(clone));
    if (clone && !KEEP) rmSync(dirname(clone), { recursive: true, force: true });
  }
  const api = await loadProvenance();

  const verifier = PARTS.has('verifier') ? (console.log('Verifier…'), await verifierBench(api)) : undefined;
  const chart = PARTS.has('chart') ? (console.log('Chart JavaScript…'), await chartJsBench(api)) : undefined;
  // A discarded first build warms the OS file cache, so the 1× row is not penalised for going first.
  if (PARTS.has('builds')) {
    console.log('Warm-up build (not reported)…');
    await buildAt(1, api);
  }
  const builds: BuildResult[] = [];
  for (const m of PARTS.has('builds') ? multipliers : []) {
    const count = runsFor(m);
    console.log(`Cold build at ${m}× content (${count} run${count === 1 ? '' : 's'})…`);
    const runs: BuildResult[] = [];
    for (let r = 0; r < count; r++) {
      runs.push(await buildAt(m, api));
      console.log(`  ${runs.at(-1)!.htmlPages} HTML pages in ${runs.at(-1)!.seconds.toFixed(1)} s`);
    }
    const times = runs.map((x) => x.seconds).sort((a, b) => a - b);
    builds.push({ ...runs[0]!, seconds: times[Math.floor((times.length - 1) / 2)]!, runs: times });
  }

  const base = builds[0];
  const buildRows = builds.map((b, i) => {
    const prev = builds[i - 1];
    const marginal = prev ? ((b.seconds - prev.seconds) * 1000) / Math.max(1, b.htmlPages - prev.htmlPages) : NaN;
    return [
      `${b.multiplier}×`,
      String(b.contentPages),
      String(b.figures),
      String(b.htmlPages),
      `${b.seconds.toFixed(1)} s`,
      b.runs.map((t) => t.toFixed(1)).join(' / '),
      `${((b.seconds * 1000) / b.htmlPages).toFixed(0)} ms`,
      prev ? `${marginal.toFixed(0)} ms` : '—',
      `${(b.seconds / base!.seconds).toFixed(1)}×`,
    ];
  });
  const marginals = builds
    .slice(1)
    .map((b, i) => (b.seconds - builds[i]!.seconds) / Math.max(1, b.htmlPages - builds[i]!.htmlPages));
  const linearity =
    marginals.length >= 2
      ? `Marginal cost per added page went from ${(marginals[0]! * 1000).toFixed(0)} ms (1×→10×) to ${(marginals[1]! * 1000).toFixed(0)} ms (10×→100×): ${
          marginals[1]! / marginals[0]! < 1.5
            ? 'growth is linear (or better) in the number of pages, after a fixed start-up cost'
            : `growth is super-linear (×${(marginals[1]! / marginals[0]!).toFixed(1)} per page at the larger size)`
        }.`
      : '';

  const chartRows = !chart
    ? []
    : [
        [
          'this site, /charts/ (all JS on the page)',
          chart.site ? kb(chart.site.js) : 'n/a — no /charts/ page in dist/',
          chart.site
            ? chart.site.files.filter((f) => f.endsWith('.js') || f.startsWith('(inline')).join(', ') || 'none'
            : '',
        ],
        [
          'baseline: same chart drawn client-side, whole d3 bundle',
          kb(chart.whole.gzip),
          `${kb(chart.whole.raw)} minified`,
        ],
        ['baseline: same chart, d3 tree-shaken by esbuild', kb(chart.shaken.gzip), `${kb(chart.shaken.raw)} minified`],
      ];
  const ratio = !chart
    ? ''
    : chart.site
      ? `This site's chart page ships ${((chart.site.js / chart.whole.gzip) * 100).toFixed(1)}% of the whole-d3 baseline (ratio ${(chart.site.js / chart.whole.gzip).toFixed(3)}) and ${((chart.site.js / chart.shaken.gzip) * 100).toFixed(1)}% of the tree-shaken one.`
      : 'No /charts/ page in dist/ yet, so no ratio (build the site with the charts merged and run again).';

  const report = [
    `### Performance (measured ${new Date().toISOString().slice(0, 10)} with \`npm run bench\`)`,
    '',
    `Machine: ${machine}. Other processes were running; treat timings as ±20%.`,
    '',
    ...(tests.length ? [testSection(tests), ''] : []),
    ...(builds.length
      ? [
          '**Cold build** (fresh copy of the project, no caches; synthetic pages are copies of the page pattern citing cloned figures, which cite real seed lines):',
          '',
          table(
            [
              'content',
              'MDX pages',
              'figures',
              'HTML pages',
              'build (median)',
              'runs (s)',
              'per page',
              'marginal per added page',
              'vs 1×',
            ],
            buildRows,
          ),
          '',
          linearity,
          '',
        ]
      : []),
    ...(verifier
      ? [
          `**Verifier:** ${verifier.citations.toLocaleString('en')} synthetic citations (+ ${verifier.realFigures} real figures) verified in ${verifier.medianMs.toFixed(0)} ms (median of 3), ${verifier.perCitationUs.toFixed(1)} µs per citation.`,
          '',
        ]
      : []),
    ...(chart
      ? ['**Chart JavaScript** (gzip, level 9):', '', table(['what', 'gzip', 'notes'], chartRows), '', ratio, '']
      : []),
    `Benchmark wall time: ${((Date.now() - started) / 1000).toFixed(0)} s.`,
  ].join('\n');
  console.log(`\n${report}`);
  mkdirSync(join(ROOT, '.bench'), { recursive: true });
  writeFileSync(join(ROOT, '.bench', 'latest.md'), `${report}\n`);
  console.log('\nWritten to .bench/latest.md');
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
