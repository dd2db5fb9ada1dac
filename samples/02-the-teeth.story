Chapter 2: The Teeth

The Teeth were a row of black rocks a mile off the point, and every child in Gullhaven learned their names before they learned their letters: the Widow, the Anvil, the Long Tooth and the Little Tooth, and the one nobody named at all.

Tobias rowed. Mara sat in the stern with the lantern between her knees and watched the dark for the signal.

"There," she said. "Left of the Anvil. Pull."

"I am pulling," said Tobias. "I've been pulling since the slip."

#

The boat they found was not the Marguerite. It was a little clinker-built dinghy with no name on its transom, wedged between two rocks with its bow stove in, and in it sat a girl of perhaps ten, holding a bicycle lamp in both hands and switching it on and off, on and off, as if she had forgotten how to stop.

"Hello," said Mara, very gently. "What's your name?"

The girl looked at her for a long moment. "Pip," she said. "Everybody calls me Pip. Are you the lighthouse?"

"Near enough."

"Then you took your time," said Pip.

---

Dr. Ilse Varga came down from the village in her nightgown and a borrowed oilskin, and pronounced the child cold, bruised and entirely too clever for her own good.

“She'll mend,” the doctor said, rolling down her sleeves. “They always do at that age. It's the rest of us who don't.”

"Did she say where she came from?" Tobias asked.

"She said the Marguerite," said Dr. Varga. "She said her father put her in the dinghy and told her to row for the light, and then he went back for her mother."

Nobody said anything after that. Outside, the beam went round and round, white, then gone.

~~~

Pip slept in Mara's bed under three blankets and the cat. Mara did not sleep at all. She sat on the stairs with the log-book on her knees and wrote the wreck down, because the rules said that every wreck must be written down, and because if she stopped writing she would have to think.
