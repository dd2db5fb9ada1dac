Chapter 3: The Tide

In the morning the sea lay flat and innocent, as if it had never heard of storms. Half of Gullhaven was on the shingle by seven, picking through what the tide had brought in: a hatch cover, a boot, a crate of oranges that the Harker boys carried off before anyone could stop them.

Mrs. Aldous stood at the top of the slip with her arms folded. "I said she was overdue," she told anyone who came within range. "Didn't I say so? Tuesday, I said."

"You did, Mrs. Aldous," said Tobias, because somebody had to.

§

Mara found Pip on the gallery, nose pressed to the glass, counting the rocks.

"Widow, Anvil, Long Tooth, Little Tooth," said Pip. "What's the last one called?"

"Nobody names it."

"That's silly. Everything has a name." Pip frowned at the rock. "I'll call it Father. Then he'll be out there, sort of."

Mara knelt beside her. She had meant to say something wise, the sort of thing Dr. Varga would say, but what came out was only, "That's a good name."

⁂

The lifeboat from Saint Bride's came round the point at noon with its flag at half-mast and two survivors wrapped in blankets in the bow. One of them was a woman with Pip's sharp chin and Pip's impatient eyes.

Pip saw her before anyone else did. She did not scream or wave. She simply went down the hundred and twelve steps faster than Mara had ever seen anyone go down them, and out along the slip, and into the water up to her knees.

“Mam!” she shouted. “Mam, I rowed for the light!”

Tobias came and stood beside Mara at the top of the slip. After a while he took her hand, and after a while longer she let him.

"I'll mend that latch properly this time," he said.

"Don't you dare," said Mara.
