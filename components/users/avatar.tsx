// A symmetric 5×5 identicon drawn from a hash of the user id: made here, nothing fetched.
import { createHash } from "node:crypto";

export function Avatar({ seed, size = 64, label }: { seed: string; size?: number; label: string }) {
  const bytes = createHash("sha256").update(seed).digest();
  const hue = (bytes[0]! * 360) / 256;
  const cells: [number, number][] = [];
  for (let row = 0; row < 5; row++) {
    for (let col = 0; col < 3; col++) {
      if (bytes[1 + row * 3 + col]! % 2 === 0) {
        cells.push([col, row]);
        if (col < 2) cells.push([4 - col, row]);
      }
    }
  }
  return (
    <svg role="img" aria-label={label} width={size} height={size} viewBox="0 0 5 5" className="shrink-0 rounded-md" shapeRendering="crispEdges">
      <rect width="5" height="5" fill={`hsl(${hue} 35% 92%)`} />
      {cells.map(([x, y]) => (
        <rect key={`${x}-${y}`} x={x} y={y} width="1" height="1" fill={`hsl(${hue} 55% 38%)`} />
      ))}
    </svg>
  );
}
