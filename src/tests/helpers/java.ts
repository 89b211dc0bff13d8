/**
 * Whether the Nu HTML Checker (vnu.jar, which needs Java) can run here, and what to do if not.
 * On a laptop without Java the check is skipped with one visible notice saying what is skipped
 * and how to install Java; in CI (CI=true) a missing Java is a failure, so nothing goes unchecked.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

export const INSTALL_JAVA =
  'Install Java 11 or newer: `sudo apt-get install -y default-jre-headless` (Debian/Ubuntu), `brew install openjdk` (macOS), or https://adoptium.net (Windows); or set JAVA_HOME.';

export type VnuPlan = { run: true; java: string } | { run: false; fail: boolean; message: string };

/** The java binary: $JAVA_HOME/bin/java when JAVA_HOME is set, else `java` on PATH. */
export function javaCommand(env: NodeJS.ProcessEnv = process.env): string {
  return env.JAVA_HOME ? join(env.JAVA_HOME, 'bin', 'java') : 'java';
}

/** Decide whether the vnu check runs, is skipped with a notice, or fails (CI). */
export function vnuPlan(env: NodeJS.ProcessEnv = process.env): VnuPlan {
  const java = javaCommand(env);
  const probe = spawnSync(java, ['-version'], { env, encoding: 'utf8' });
  if (!probe.error && probe.status === 0) return { run: true, java };
  const why = probe.error ? `\`${java}\` was not found` : `\`${java} -version\` failed`;
  if (env.CI === 'true') {
    return {
      run: false,
      fail: true,
      message: `Java is required in CI for the Nu HTML Checker (vnu.jar): ${why}. ${INSTALL_JAVA}`,
    };
  }
  return {
    run: false,
    fail: false,
    message: `NOTICE: the Nu HTML Checker (vnu.jar) is SKIPPED because ${why}; html-validate still checks every page. ${INSTALL_JAVA} CI runs this check and fails without Java.`,
  };
}
