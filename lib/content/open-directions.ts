// The ten open directions of the learning-mechanics position paper (arXiv 2604.21691, §5),
// with their exact titles as the paper states them. The /problems pages link to these ids.
export const openDirections = [
  { id: "od-1", title: "What are simple, solvable models of genuinely deep, nonlinear learning?" },
  { id: "od-2", title: "What would a theory capable of capturing natural data look like?" },
  { id: "od-3", title: "Does deep learning implicitly minimize some notion of functional complexity?" },
  { id: "od-4", title: "How do we formally define the features learned by neural networks?" },
  { id: "od-5", title: "Are finite neural networks properly understood as approximations to infinite limits?" },
  { id: "od-6", title: "Can we understand and eliminate all hyperparameters?" },
  { id: "od-7", title: "Can we predict scaling law exponents a priori?" },
  { id: "od-8", title: "How does loss curvature interplay with architecture, features, and generalization?" },
  { id: "od-9", title: "What makes for a good optimizer in deep learning?" },
  { id: "od-10", title: "In what sense do large models trained differently learn similar representations?" },
] as const;

export type OpenDirectionId = (typeof openDirections)[number]["id"];
export type OpenDirection = (typeof openDirections)[number];

export const openDirectionIds = openDirections.map((d) => d.id) as [OpenDirectionId, ...OpenDirectionId[]];

export function getOpenDirection(id: OpenDirectionId): OpenDirection {
  return openDirections.find((d) => d.id === id)!;
}
