// End to end, as a writer sees it: a .story file holding every quote style opened in code-server with the
// packaged extension, each style's spoken words read off the screen in dialogue's colour and the
// narration beside them in another, and a screenshot kept to look at.
import assert from 'node:assert/strict';
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../../scripts/lib/paths.mjs';
import { openSamplesInCodeServer } from './workbench.mjs';

const FIXTURE = 'styles.story';

/** For each style: a word spoken and a word of the narration on the same line of the fixture. */
const STYLES = [
  ['curly double', 'doubles', 'Wren'],
  ['straight double', 'Straight', 'Moss'],
  ['British single', 'British', 'Rat'],
  ['guillemets', 'guillemets', 'Marthe'],
  ['guillemets facing inwards', 'innen', 'Lotte'],
  ['German', 'Deutsche', 'Jens'],
  ['CJK corners', 'かぎかっこ', '言った'],
  ['dash dialogue', 'Vienes', 'preguntó'],
];

describe('A writer opens a story in every quote style', function () {
  this.timeout(120_000);
  let workbench;
  let page;

  before(async () => {
    workbench = await openSamplesInCodeServer();
    page = workbench.page;
    copyFileSync(join(repoRoot, 'test', 'fixtures', 'dialogue', FIXTURE), join(workbench.workspace, FIXTURE));
    await page.keyboard.press('Control+P');
    await page.locator('.quick-input-widget input').fill(FIXTURE);
    await page.locator('.quick-input-list .monaco-list-row', { hasText: FIXTURE }).first().waitFor({ timeout: 20_000 });
    await page.keyboard.press('Enter');
    await page.locator('.tabs-container .tab.active', { hasText: FIXTURE }).waitFor();
    await page.locator('.editor-instance .monaco-editor .view-line').first().waitFor();
    // Semantic tokens from the model arrive a moment after the grammar's colours.
    await page.waitForTimeout(1500);
  });

  after(async () => {
    await workbench?.close();
  });

  it('colours the speech of every style, and not the narration beside it', async () => {
    await workbench.screenshot('e2e-dialogue-styles');
    const lines = await page.evaluate(() =>
      [...document.querySelectorAll('.editor-instance .view-line')].map((line) =>
        [...line.querySelectorAll('span > span')].map((span) => ({ text: span.textContent.replace(/\u00a0/g, ' '), color: getComputedStyle(span).color })),
      ),
    );
    const colourOf = (word) => lines.flat().find((token) => token.text.includes(word))?.color;
    const dialogueColour = colourOf('doubles');
    assert.ok(dialogueColour, `the fixture is on screen: ${JSON.stringify(lines.slice(0, 3))}`);
    for (const [style, spoken, narrated] of STYLES) {
      assert.equal(colourOf(spoken), dialogueColour, `${style}: "${spoken}" is in dialogue's colour`);
      assert.notEqual(colourOf(narrated), dialogueColour, `${style}: "${narrated}" is narration`);
    }
    console.log(`      dialogue ${dialogueColour} in all ${STYLES.length} styles`);
  });

  it('stops an unclosed quote at the end of its paragraph', async () => {
    const lines = await page.evaluate(() =>
      [...document.querySelectorAll('.editor-instance .view-line')].map((line) =>
        [...line.querySelectorAll('span > span')].map((span) => ({ text: span.textContent.replace(/\u00a0/g, ' '), color: getComputedStyle(span).color })),
      ),
    );
    const tokens = lines.flat();
    const unclosed = tokens.find((token) => token.text.includes('unclosed'))?.color;
    const after = tokens.find((token) => token.text.includes('colours the next'))?.color;
    assert.ok(unclosed && after, 'both paragraphs are on screen');
    assert.notEqual(after, unclosed, 'the paragraph after the unclosed quote is narration');
  });
});
