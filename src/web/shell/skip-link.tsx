import { Anchor } from '@mantine/core';

/** Lets keyboard users jump past the header and navigation; visible only when focused. */
export function SkipLink() {
  return (
    <Anchor
      href="#main-content"
      onClick={(event) => {
        event.preventDefault();
        document.getElementById('main-content')?.focus();
      }}
      style={{
        position: 'fixed',
        left: 8,
        top: -48,
        zIndex: 1000,
        padding: '8px 12px',
        background: 'var(--mantine-color-white)',
        borderRadius: 6,
        transition: 'top 120ms',
      }}
      onFocus={(event) => {
        event.currentTarget.style.top = '8px';
      }}
      onBlur={(event) => {
        event.currentTarget.style.top = '-48px';
      }}
    >
      Skip to content
    </Anchor>
  );
}
