/**
 * Every built HTML file is valid: the Nu HTML Checker (the W3C validator, vnu.jar) reports no
 * errors, and html-validate with the project's .htmlvalidate.json (html-validate:recommended)
 * reports none either. Exceptions, if ever needed, go in .htmlvalidate.json with a reason.
 */
import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { HtmlValidate, StaticConfigLoader } from 'html-validate';
import { describe, it } from 'vitest';
import { htmlFiles } from '../../scripts/lib/site-pages';
import { vnuPlan } from '../helpers/java';

const root = process.cwd();
const DIST = join(root, 'dist');
const VNU = join(root, 'node_modules', 'vnu-jar', 'build', 'dist', 'vnu.jar');
/*
 * One short-lived JVM checks every page, so the JVM's own warm-up work dominates. The client JIT
 * alone (TieredStopAtLevel=1) and the serial collector cut vnu's CPU time by more than half
 * (about 10 to 4.5 CPU-seconds for the whole site, measured on 2 cores) and report the same
 * errors. The client JIT's frames are deeper, so the thread stack is raised, as vnu itself
 * advises when it runs out ("-Xss512k" or more).
 */
const JVM_FLAGS = ['-XX:TieredStopAtLevel=1', '-XX:+UseSerialGC', '-Xss16m'];
/** The project's html-validate config (.htmlvalidate.json), read once: every page in dist/ shares it. */
const HTML_VALIDATE_CONFIG = JSON.parse(readFileSync(join(root, '.htmlvalidate.json'), 'utf8'));
const files = htmlFiles(DIST).map((f) => join(DIST, f));
// Without Java (on a laptop) the Nu check is skipped with this one notice; in CI it fails instead.
const vnu = vnuPlan();
if (!vnu.run && !vnu.fail) console.warn(`\n${vnu.message}\n`);

interface VnuMessage {
  type: string;
  subType?: string;
  url: string;
  lastLine?: number;
  message: string;
  extract?: string;
}

// Concurrent: vnu runs in its own Java process while html-validate runs in this worker.
describe.concurrent('HTML validity of dist/', () => {
  it('there are built pages to validate', ({ expect }) => {
    expect(files.length, 'no HTML files in dist/: run `npm run build`').toBeGreaterThan(0);
  });

  it.skipIf(!vnu.run && !vnu.fail)(
    'the Nu HTML Checker (vnu.jar) reports 0 errors on every page',
    async ({ expect }) => {
      if (!vnu.run) throw new Error(vnu.message);
      expect(existsSync(VNU), `${VNU} is missing (devDependency vnu-jar)`).toBe(true);
      let stdout: string;
      let stderr: string;
      try {
        ({ stdout, stderr } = await promisify(execFile)(
          vnu.java,
          [...JVM_FLAGS, '-jar', VNU, '--errors-only', '--format', 'json', ...files],
          { maxBuffer: 64 * 1024 * 1024 },
        ));
      } catch (error) {
        // vnu exits non-zero when it finds errors; the JSON report is still on stderr/stdout.
        const e = error as { stdout?: string; stderr?: string; code?: unknown; message: string };
        stdout = e.stdout ?? '';
        stderr = e.stderr ?? '';
      }
      const json = [stdout, stderr].find((s) => s.trim().startsWith('{'));
      expect(json, `vnu.jar printed no JSON report:\n${stdout}\n${stderr}`).toBeDefined();
      const messages = (JSON.parse(json!) as { messages: VnuMessage[] }).messages.filter(
        (m) => m.type === 'error' || m.subType === 'fatal',
      );
      const lines = messages.map(
        (m) =>
          `${m.url.replace(`file:${DIST}`, 'dist')}:${m.lastLine ?? '?'}: ${m.message}${m.extract ? ` — ${m.extract.trim().slice(0, 120)}` : ''}`,
      );
      expect(lines, `Nu HTML Checker errors (${lines.length}):\n  - ${lines.join('\n  - ')}`).toEqual([]);
    },
  );

  it('html-validate (.htmlvalidate.json) reports 0 errors on every page', async ({ expect }) => {
    // A static loader: the file-system loader looked the config up again for every directory of
    // dist/ (one per page), about 40 % of this check's time.
    const validator = new HtmlValidate(new StaticConfigLoader(HTML_VALIDATE_CONFIG));
    const problems: string[] = [];
    for (const file of files) {
      const report = await validator.validateFile(file);
      for (const result of report.results) {
        for (const m of result.messages)
          problems.push(`${file.replace(`${DIST}/`, 'dist/')}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
      }
    }
    expect(problems, `html-validate errors (${problems.length}):\n  - ${problems.join('\n  - ')}`).toEqual([]);
  });
});
