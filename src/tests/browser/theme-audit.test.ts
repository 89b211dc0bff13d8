/**
 * The dark-theme audit plan (./theme-audit.ts) carries the light audit's non-colour results over
 * only when the page is the same but for colours, and asks for the full audit otherwise. Each
 * way it can go is shown on a real page, with a change made on purpose.
 */
import axe from 'axe-core';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { browserEnv, closeBrowserEnv, forceTheme, themedContext } from './browser';
import { AXE_TAGS, COLOUR_RULES, darkAuditScope, recordLightState } from './theme-audit';

afterAll(closeBrowserEnv);

/** /tariffs/ in the light theme with its state recorded, then `change` applied, then the dark theme. */
async function planAfter(change: (tab: Page) => Promise<unknown>) {
  const env = await browserEnv();
  const context = await themedContext(env.browser, 'light', 'desktop');
  try {
    const tab = await context.newPage();
    await tab.goto(env.url('tariffs/'), { waitUntil: 'load' });
    await recordLightState(tab);
    await change(tab);
    await tab.emulateMedia({ colorScheme: 'dark' });
    await forceTheme(tab, 'dark');
    return await darkAuditScope(tab);
  } finally {
    await context.close();
  }
}

describe('the dark-theme audit plan', () => {
  it('names colour rules that axe-core has among the audited tags, and only those', () => {
    const audited = axe.getRules(AXE_TAGS).map((r) => r.ruleId);
    for (const rule of COLOUR_RULES)
      expect(audited, `${rule} is not an axe rule in ${AXE_TAGS.join(', ')}`).toContain(rule);
    const colourish = audited.filter((id) => /colou?r|contrast|link-in-text/.test(id));
    expect(colourish.sort(), 'an axe rule about colour is audited but not listed in COLOUR_RULES').toEqual(
      [...COLOUR_RULES].sort(),
    );
  });

  it('on a real page, only colours and the theme switch differ: colour rules on the page, all rules on the switch', async () => {
    expect(await planAfter(async () => undefined)).toEqual({ kind: 'colour', alsoFullOn: ['#theme-toggle'] });
  });

  it('asks for the full audit when an element is laid out or shown differently', async () => {
    const scope = await planAfter((tab) =>
      tab.evaluate(() => ((document.querySelector('.site-name') as HTMLElement).style.display = 'none')),
    );
    expect(scope).toMatchObject({ kind: 'full', reason: expect.stringMatching(/laid out or shown differently/) });
  });

  it('asks for the full audit when an element without an id changes its attributes, and audits one with an id alone', async () => {
    const noId = await planAfter((tab) =>
      tab.evaluate(() => document.querySelector('h1')!.setAttribute('aria-label', 'changed')),
    );
    expect(noId).toMatchObject({ kind: 'full', reason: expect.stringMatching(/<h1>, which has no id/) });
    const withId = await planAfter((tab) =>
      tab.evaluate(() => document.querySelector('main#main')!.setAttribute('aria-label', 'changed')),
    );
    expect(withId).toEqual({ kind: 'colour', alsoFullOn: ['#theme-toggle', '#main'] });
  });
});
