/**
 * A keyboard shortcut shown beside what it does. Screen readers hear the shortcut from the control's own
 * aria-keyshortcuts, so the visible hint is hidden from them.
 */
export function Shortcut({ keys }: { keys: string }) {
  return (
    <kbd className="shortcut" aria-hidden="true">
      {keys}
    </kbd>
  );
}
