// `E2E_FOCUS_LOG=1`: a record, kept in the page, of where the keyboard focus went and why (each `.focus()`
// call with its caller), of pointer events and of the picker showing and hiding. Printed when Quick Open
// fails to show, it tells what took the focus away from a picker, the cause of the races found so far.

/** Starts the record in `page` (before it loads), when the environment asks for it. */
export async function recordFocus(page) {
	if (!process.env.E2E_FOCUS_LOG) {
		return;
	}
	await page.addInitScript(() => {
		const log = (window.__focusLog = []);
		const describe = element =>
			element?.nodeType === 1
				? `${element.tagName.toLowerCase()}.${[...element.classList].slice(0, 3).join('.')}[${element.getAttribute('aria-label') ?? ''}]@${element.closest('.part')?.className.split(' ').slice(0, 2).join('.') ?? ''}`
				: String(element);
		const stamp = () => Math.round(performance.now());
		document.addEventListener('focusin', event => log.push(`${stamp()} focusin ${describe(event.target)} from ${describe(event.relatedTarget)}`), true);
		for (const type of ['pointerdown', 'mousedown', 'pointerup', 'mouseup', 'click']) {
			window.addEventListener(type, event => log.push(`${stamp()} ${type} ${describe(event.target)} at ${event.clientX},${event.clientY}`), true);
		}
		new MutationObserver(records => {
			for (const record of records) {
				if (record.target.classList?.contains('quick-input-widget')) {
					log.push(`${stamp()} picker display=${record.target.style.display}`);
				}
			}
		}).observe(document, { subtree: true, attributes: true, attributeFilter: ['style'] });
		const focus = HTMLElement.prototype.focus;
		HTMLElement.prototype.focus = function (...args) {
			const callers = new Error().stack
				.split('\n')
				.slice(2, 9)
				.map(line => line.trim().replace(/https?:\/\/\S*\//, ''));
			log.push(`${stamp()} .focus() ${describe(this)} ${callers.join(' < ')}`);
			return focus.apply(this, args);
		};
	});
}

/** Prints the last `count` entries of the record, when it is kept. */
export async function printFocusLog(page, count = 80) {
	if (process.env.E2E_FOCUS_LOG) {
		console.log((await page.evaluate(last => window.__focusLog?.slice(-last) ?? [], count)).join('\n'));
	}
}
