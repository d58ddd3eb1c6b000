/** @module A hook over a WXT storage item: the current value, repaired, kept fresh when another
 * page (popup, options, background) writes it. */
import { useEffect, useState } from 'preact/hooks';
import type { WxtStorageItem } from 'wxt/utils/storage';

export function useStoredValue<T>(
  item: WxtStorageItem<T, Record<string, unknown>>,
  normalize: (raw: unknown) => T,
): T | null {
  const [value, setValue] = useState<T | null>(null);
  useEffect(() => {
    let live = true;
    void item.getValue().then((raw) => live && setValue(normalize(raw)));
    const unwatch = item.watch((raw) => setValue(normalize(raw)));
    return () => {
      live = false;
      unwatch();
    };
  }, [item, normalize]);
  return value;
}
