/** The Nu HTML Checker needs Java: without it a laptop skips that one check with a notice, CI fails. */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { javaCommand, vnuPlan } from '../helpers/java';

describe('vnuPlan', () => {
  it('runs the check exactly where `java -version` answers', () => {
    const hasJava = spawnSync(javaCommand(), ['-version']).status === 0;
    expect(vnuPlan({ ...process.env, CI: '' }).run).toBe(hasJava);
  });

  it('without Java on a laptop: skipped, saying once what is skipped and how to install Java', () => {
    const plan = vnuPlan({ PATH: '/nonexistent' });
    expect(plan).toMatchObject({ run: false, fail: false });
    if (plan.run) return;
    expect(plan.message).toMatch(
      /^NOTICE: the Nu HTML Checker \(vnu\.jar\) is SKIPPED because `java` was not found; html-validate still checks every page\./,
    );
    expect(plan.message).toMatch(/apt-get install -y default-jre-headless.*brew install openjdk/);
  });

  it('without Java in CI (CI=true): a failure, so nothing goes unchecked', () => {
    const plan = vnuPlan({ PATH: '/nonexistent', CI: 'true' });
    expect(plan).toMatchObject({ run: false, fail: true });
    if (!plan.run) expect(plan.message).toMatch(/^Java is required in CI for the Nu HTML Checker/);
  });

  it('JAVA_HOME points at the java to use', () => {
    const plan = vnuPlan({ PATH: '/nonexistent', JAVA_HOME: '/no/such/jdk' });
    expect(plan.run).toBe(false);
    if (!plan.run) expect(plan.message).toContain('`/no/such/jdk/bin/java` was not found');
  });
});
