Part One: The Light

Chapter 1: The Lamp

The storm came in over Gullhaven an hour before dusk, and by the time Mara Quill had climbed the hundred and twelve steps of the lighthouse, the windows were streaming like the inside of a kettle.

She trimmed the wick, wiped the great lens with the chamois her father had left her, and struck the match. The flame caught. Somewhere below, the door banged twice against its frame.

"Tobias," she called down the stairwell, "if that's you, shut it properly."

"It's me," came the answer, thin against the wind. "And it won't shut. The latch has gone soft again."

Mara sighed. Tobias Fenn had been mending the latch for three winters, and it had been coming loose for three winters, and neither of them had ever said aloud that he only mended it so that he would have a reason to come.

* * *

He brought soup in a tin can wrapped in newspaper, and they ate it on the gallery with their backs to the glass.

"Mrs. Aldous says there's a ship overdue," Tobias said. "The Marguerite. Out of Saint Bride's on Tuesday."

"Mrs. Aldous says a lot of things."

"She's usually right, though." He blew on his spoon. "That's the worst of her."

Mara watched the beam sweep the water, white, then gone, white, then gone. The sea was the colour of slate and twice as hard. If a ship was out there, it was keeping its lamps to itself.

“We'll see her if she comes,” Mara said at last. “That's what the light is for.”

***

By midnight the rain had eased to a fine, needling drizzle. Tobias had fallen asleep in the keeper's chair with his boots still on, and Mara sat at the log-book writing the weather in her small, square hand: wind south-south-west, gale force, visibility poor.

Then she stopped, because there was a light on the water where no light should be.

It blinked once. Twice. Three times, and then nothing.

"Tobias." She did not raise her voice. She did not need to. "Wake up. Someone's signalling from the Teeth."
