“Curly doubles,” said Wren, “with a ‘nested’ quote.”

"Straight doubles," said Moss.

‘British singles,’ said the Rat, ‘don’t mind the boys’ coats, ’tis late.’

'Straight singles,' said Toad, 'rock 'n' roll at four o'clock.'

«Des guillemets», dit-il.

»Nach innen«, sagte sie.

„Deutsche Anführungszeichen“, sagte er.

「かぎかっこ」と彼は言った。『二重かぎ』

—¿Vienes? —preguntó ella—. Te espero.

"An unclosed quote runs to the end of its paragraph
and no further.

This paragraph is narration.
