import { socialImage, socialImageSize } from "@/components/content/social-image";

export const size = socialImageSize;
export const contentType = "image/png";
export const alt = "Perspectives · Learning Mechanics Hub";

export default function Image() {
  return socialImage({ eyebrow: "Perspectives", title: "Essays on where the theory of deep learning stands and where it is going" });
}
