const dateFormat = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium' });
const dateTimeFormat = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short' });

function parse(value: string): Date | null {
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** "21 Nov 2026"; calendar dates (YYYY-MM-DD) are read as that day, whatever the time zone. */
export function formatDate(value: string | null): string {
  if (!value) return '—';
  const day = /^\d{4}-\d{2}-\d{2}$/.test(value) ? parse(`${value}T12:00:00`) : parse(value);
  return day ? dateFormat.format(day) : value;
}

/** "21 Nov 2026, 14:05" in the viewer's time zone. */
export function formatDateTime(value: string | null): string {
  if (!value) return '—';
  const date = parse(value);
  return date ? dateTimeFormat.format(date) : value;
}

export function initials(name: string): string {
  const parts = name.trim().split(/\s+/).filter(Boolean);
  const first = parts[0]?.[0] ?? '';
  const last = parts.length > 1 ? (parts[parts.length - 1]?.[0] ?? '') : '';
  return `${first}${last}`.toUpperCase() || '?';
}

export function firstName(name: string): string {
  return name.trim().split(/\s+/)[0] ?? name;
}
