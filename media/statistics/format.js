// How numbers read on the page: grouped digits and percentages in the editor's language, reading time
// in hours and minutes, days as the writer's calendar shows them.

/** @param {string} locale */
export function formatters(locale) {
  const safeLocale = supported(locale) ? locale : 'en';
  const number = new Intl.NumberFormat(safeLocale);
  const percent = new Intl.NumberFormat(safeLocale, { style: 'percent', maximumFractionDigits: 0 });
  const shortDay = new Intl.DateTimeFormat(safeLocale, { weekday: 'short', day: 'numeric', month: 'short' });
  const dayOfMonth = new Intl.DateTimeFormat(safeLocale, { day: 'numeric', month: 'short' });
  return {
    /** @param {number} value */
    count: (value) => number.format(value),
    /** @param {number} share 0–1 */
    percent: (share) => percent.format(share),
    /** @param {number} minutes */
    duration: (minutes) => {
      if (minutes < 60) {
        return `${number.format(minutes)} min`;
      }
      const hours = Math.floor(minutes / 60);
      const rest = minutes % 60;
      return rest === 0 ? `${number.format(hours)} h` : `${number.format(hours)} h ${number.format(rest)} min`;
    },
    /** @param {string} day YYYY-MM-DD */
    day: (day) => shortDay.format(localDate(day)),
    /** @param {string} day YYYY-MM-DD */
    dayOfMonth: (day) => dayOfMonth.format(localDate(day)),
    /** @param {number} count @param {string} noun */
    plural: (count, noun) => `${number.format(count)} ${noun}${count === 1 ? '' : 's'}`,
  };
}

/** @param {string} day YYYY-MM-DD */
export function localDate(day) {
  const [year, month, date] = day.split('-').map(Number);
  return new Date(year, month - 1, date);
}

function supported(locale) {
  try {
    return Intl.NumberFormat.supportedLocalesOf([locale]).length > 0;
  } catch {
    return false;
  }
}
