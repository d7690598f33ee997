/**
 * A figure with a caption. Images ship in public/ and declare their size so the text does not
 * jump while they load; `wide` lets a figure use the gutters on large screens.
 */
export function Figure({
  src,
  alt,
  width,
  height,
  caption,
  wide = false,
  children,
}: {
  src?: string;
  alt?: string;
  width?: number;
  height?: number;
  caption?: React.ReactNode;
  wide?: boolean;
  children?: React.ReactNode;
}) {
  return (
    <figure className={wide ? "figure figure-wide" : "figure"}>
      {/* eslint-disable-next-line @next/next/no-img-element -- next/image is a client component, and documents ship no React (see docs/ARCHITECTURE.md); this img already declares its size and loads lazily. */}
      {src && <img src={src} alt={alt ?? ""} width={width} height={height} loading="lazy" decoding="async" />}
      {children}
      {caption && <figcaption>{caption}</figcaption>}
    </figure>
  );
}
