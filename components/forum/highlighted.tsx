import { HIT_END, HIT_START } from "@/lib/forum/search-marks";

/** A ts_headline result as text with its hits in <mark>: React escapes the text, only the marks are ours. */
export function Highlighted({ text }: { text: string }) {
  return (
    <>
      {text.split(HIT_START).map((chunk, i) => {
        if (i === 0) return <span key={i}>{chunk}</span>;
        const [hit, rest = ""] = chunk.split(HIT_END);
        return (
          <span key={i}>
            <mark>{hit}</mark>
            {rest}
          </span>
        );
      })}
    </>
  );
}
