import { useEffect } from 'react';

/** Every route names itself in the browser tab: "People · Counterpart". */
export function usePageTitle(title: string): void {
  useEffect(() => {
    document.title = title ? `${title} · Counterpart` : 'Counterpart';
  }, [title]);
}
