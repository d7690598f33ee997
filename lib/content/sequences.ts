// Learn pages join a sequence through frontmatter (`sequence`, `order`); the sequence's own
// title and description live here, next to the code that validates the ids.
export const sequences = {
  "five-lines": {
    title: "The five lines of evidence",
    description:
      "A guided tour in six pages through the evidence that a theory of deep learning is forming: solvable models, limits, empirical laws, hyperparameters and universality. Each page states a prediction and a live demo checks it.",
  },
} as const satisfies Record<string, { title: string; description: string }>;

export type SequenceId = keyof typeof sequences;

export const sequenceIds = Object.keys(sequences) as [SequenceId, ...SequenceId[]];
