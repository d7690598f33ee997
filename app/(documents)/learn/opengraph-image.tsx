import { socialImage, socialImageSize } from "@/components/content/social-image";

export const size = socialImageSize;
export const contentType = "image/png";
export const alt = "Learn · Learning Mechanics Hub";

export default function Image() {
  return socialImage({ eyebrow: "Learn", title: "Teaching pages with live demos that check theory against training runs" });
}
