// A generated corpus of lessons for build benchmarks: the same Markdown goes
// to our site and to a stock Starlight project, so their build times compare.

const paragraph = (i, j) =>
	`Paragraph ${j} of lesson ${i}. A network trained on a large source task learns edges, textures and shapes in its early layers; ` +
	`those features often help a smaller target task. With **feature extraction** the pretrained layers stay frozen and only a new head ` +
	`is trained; with *fine-tuning* the top layers are also updated with a small learning rate. See \`model.trainable = false\`.`;

/** Markdown of generated lesson `i` (1-based) of `count`, linking to its neighbour. */
export function corpusLesson(i, count) {
	const next = (i % count) + 1;
	return `---
title: Generated lesson ${i}
description: Generated lesson ${i} for the build benchmark.
---

${paragraph(i, 1)}

## Conditions {#conditions}

${paragraph(i, 2)}

- Same kind of input for both tasks.
- Much more data for the source task than for the target task.
- Low-level features of the source task help the target task.

:::note
Lesson ${i} links to [lesson ${next}](./lesson-${next}.md).
:::

## Penalty {#penalty}

$$
J = \\frac{1}{m}\\sum_{i=1}^{m} L + \\frac{\\lambda}{2m}\\sum_l \\lVert W^{[l]} \\rVert_F^2
$$

\`\`\`js
const head = tf.layers.dense({ units: 10, activation: 'softmax' });
\`\`\`

${paragraph(i, 3)}

| Method | Trainable layers |
| --- | --- |
| Feature extraction | head only |
| Fine-tuning | head and top layers |
`;
}

/** Files of the corpus: `{ path, text }` with paths relative to a docs folder. */
export function corpusFiles(locales, count, folder = 'corpus') {
	return locales.flatMap((locale) =>
		Array.from({ length: count }, (_, k) => ({ path: `${locale}/${folder}/lesson-${k + 1}.md`, text: corpusLesson(k + 1, count) })),
	);
}
