/** Line icons drawn for the navigation (bundled, no icon font). Decorative: the label carries the meaning. */
const iconPaths = {
  assess: 'M9 4h6v3H9zM7 5.5H5.5v15h13v-15H17M8.5 11.5l1.5 1.5 3-3M8.5 16.5h7',
  results: 'M4 20h16M6.5 20v-6M11 20V9M15.5 20v-4M20 20V5',
  solutions: 'M4 17l5-5 3 3 7-7M14 8h5v5',
  inspect: 'M3 8V5h3M18 5h3v3M21 16v3h-3M6 19H3v-3M12 8.5a3.5 3.5 0 1 0 0 7a3.5 3.5 0 1 0 0-7M12 11.5v1',
  training: 'M3 9l9-4 9 4-9 4zM7 11v5c2.5 2 7.5 2 10 0v-5M21 9v5',
  // Two people: a provider's client list.
  clients:
    'M9 4.5a3 3 0 1 0 0 6a3 3 0 1 0 0-6M3.5 19.5c.5-3.5 2.8-5.5 5.5-5.5s5 2 5.5 5.5M16 5a2.8 2.8 0 0 1 0 5.4M17.5 14.3c1.8.6 2.8 2.4 3 5.2',
  // Factory buildings: the park's pooled view.
  park: 'M3 20.5h18M4.5 20.5V11l4.5 3v-3l4.5 3V6.5h3v14M16.5 9.5h3v11',
  demo: 'M3 4.5h18M4.5 4.5v10.5h15V4.5M12 15v3.5M8.5 20.5l3.5-2 3.5 2M9 11.5l2-2.5 2 1.5 2.5-3',
  settings:
    'M12 9a3 3 0 1 0 0 6a3 3 0 1 0 0-6M12 3v2.5M12 18.5V21M3 12h2.5M18.5 12H21M5.6 5.6l1.8 1.8M16.6 16.6l1.8 1.8M5.6 18.4l1.8-1.8M16.6 7.4l1.8-1.8',
  about: 'M12 3a9 9 0 1 0 0 18a9 9 0 1 0 0-18M12 11v6M12 7.5v.5',
} as const;

export type NavIconName = keyof typeof iconPaths;

export function NavIcon({ name }: { name: NavIconName }) {
  return (
    <svg
      className="gz-nav-icon"
      viewBox="0 0 24 24"
      width="20"
      height="20"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.7"
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      <path d={iconPaths[name]} />
    </svg>
  );
}
