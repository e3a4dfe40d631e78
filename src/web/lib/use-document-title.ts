import { useEffect } from 'react';

/** Sets the browser tab title to "<page> · Oversight". */
export function useDocumentTitle(title: string): void {
  useEffect(() => {
    document.title = title ? `${title} · Oversight` : 'Oversight';
  }, [title]);
}
