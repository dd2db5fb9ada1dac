// The writer's text inside Markdown tooltips and hovers: names and lines shown as written, never read as
// Markdown or HTML (a character called `<img src=x onerror=alert(1)>` is just that text).

export function escapeMarkdown(text: string): string {
	return text.replace(/[\\`*_{}[\]()#+\-.!|<>&~]/g, '\\$&');
}
