// The Statistics panel's page: our own bundled script and stylesheet (media/statistics.js, .css) under a
// content security policy that lets nothing else load, the nonce new for each page.

import * as vscode from 'vscode';

/** The page's HTML, its script and stylesheet loaded from `mediaRoot` as the webview may reach them. */
export function pageHtml(webview: vscode.Webview, mediaRoot: vscode.Uri): string {
	const nonce = newNonce();
	const script = webview.asWebviewUri(vscode.Uri.joinPath(mediaRoot, 'statistics.js'));
	const style = webview.asWebviewUri(vscode.Uri.joinPath(mediaRoot, 'statistics.css'));
	// Only this page's own script and stylesheet may load: no other source, no inline code, no images or fonts.
	const policy = `default-src 'none'; script-src 'nonce-${nonce}'; style-src 'nonce-${nonce}';`;
	return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${policy}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" nonce="${nonce}" href="${style.toString()}">
<title>Statistics</title>
</head>
<body>
<main id="statistics" aria-busy="true"></main>
<script nonce="${nonce}" src="${script.toString()}"></script>
</body>
</html>`;
}

function newNonce(): string {
	const bytes = new Uint8Array(18);
	globalThis.crypto.getRandomValues(bytes);
	return Array.from(bytes, byte => byte.toString(16).padStart(2, '0')).join('');
}
