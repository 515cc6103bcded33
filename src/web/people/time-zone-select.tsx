import { Select } from '@mantine/core';

const zones: string[] = (() => {
  const listed = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  return listed.includes('UTC') ? listed : ['UTC', ...listed];
})();

/** An IANA time zone, found by typing part of its name ("Lisbon", "New_York"). */
export function TimeZoneSelect(props: {
  value: string;
  error?: React.ReactNode;
  onChange: (zone: string) => void;
}) {
  const data = zones.includes(props.value) ? zones : [props.value, ...zones];
  return (
    <Select
      label="Time zone"
      searchable
      data={data}
      value={props.value}
      onChange={(zone) => props.onChange(zone ?? 'UTC')}
      limit={50}
      error={props.error}
      allowDeselect={false}
    />
  );
}
