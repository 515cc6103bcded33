/**
 * IANA time zone names, matched case-insensitively and answered in their canonical spelling. The list
 * is the runtime's (`Intl.supportedValuesOf`) plus UTC; a name the list lacks but Intl accepts (an alias
 * such as Asia/Kolkata on older ICU data) is kept as written.
 */
export type TimeZoneLookup = (name: string) => string | undefined;

export function listTimeZones(): readonly string[] {
  const zones = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  return zones.includes('UTC') ? zones : ['UTC', ...zones];
}

const IANA_SHAPE = /^[A-Za-z][A-Za-z0-9_+-]*(?:\/[A-Za-z0-9_+-]+){1,2}$/;

export function timeZoneLookup(zones: readonly string[] = listTimeZones()): TimeZoneLookup {
  const canonical = new Map(zones.map((zone) => [zone.toLowerCase(), zone]));
  const aliases = new Map<string, string | undefined>();
  return (name) => {
    const found = canonical.get(name.toLowerCase());
    if (found) return found;
    if (!IANA_SHAPE.test(name)) return undefined;
    if (!aliases.has(name)) aliases.set(name, intlAccepts(name) ? name : undefined);
    return aliases.get(name);
  };
}

function intlAccepts(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-GB', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}
