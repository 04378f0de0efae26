/** A small chevron that points right, or down when `isOpen`. */
export function ChevronIcon({ isOpen, size = 14 }: { isOpen: boolean; size?: number }) {
  return (
    <svg
      width={size}
      height={size}
      viewBox="0 0 16 16"
      aria-hidden="true"
      focusable="false"
      style={{ transform: isOpen ? 'rotate(90deg)' : undefined, transition: 'transform 120ms ease' }}
    >
      <path
        d="M6 3.5 10.5 8 6 12.5"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.8"
        strokeLinecap="round"
      />
    </svg>
  );
}
