<!-- SYNTAX TEST "text.story" "dialogue traps: apostrophes, elisions, nesting, every style, runaway quotes"
‘Mind the boys’ coats,’ said the Rat.
<!--      ^^^^^^^^^^^^ string.quoted.single.dialogue.story
<!--                  ^ punctuation.definition.string.end.story
<!--                   ^^^^^^^^^^^^^^ - string.quoted
’Tis late, and rock ’n’ roll starts at eight o’clock.
<!-- <----------------------------------------------------- - string.quoted
‘I’m goin’ home,’ she said.
<!-- <- punctuation.definition.string.begin.story
<!-- <~--------------- string.quoted.single.dialogue.story
<!--             ^^^^^^^^^^ - string.quoted
'Hallo' said the Mole, 'you're late.'
<!--  ^ punctuation.definition.string.end.story
<!--   ^^^^^^^^^^^^^^^^ - string.quoted
<!--                   ^^^^^^^^^^^^^^ string.quoted.single.dialogue.story
“He said ‘never’ to me,” Wren whispered.
<!-- <------------------------ string.quoted.double.dialogue.story
<!--                    ^^^^^^^^^^^^^^^^ - string.quoted
"This quote is never closed
<!-- <--------------------------- string.quoted.double.dialogue.story
and stops at the blank line.
<!-- <---------------------------- string.quoted.double.dialogue.story

Narration, not speech.
<!-- <---------------------- - string.quoted

—Sí —dijo ella—. Ven.
<!-- <--- string.quoted.other.dash.dialogue.story
<!-- <~~~------------------ - string.quoted

«Oui», dit-il. »Nein«, sagte sie. „Ja“, sagte er.
<!-- <----- string.quoted.guillemet.dialogue.story
<!-- ^^^^^^^^^^ - string.quoted
<!--           ^^^^^^ string.quoted.guillemet.dialogue.story
<!--                              ^^^^ string.quoted.double.dialogue.story
<!--                                  ^^^^^^^^^^^ - string.quoted
«Oui, dit-il, je viens.»
<!-- <----- string.quoted.guillemet.dialogue.story
<!-- ^^^^^^^^^^^^^^^^^^^ - string.quoted
—Non, répondit-elle, demain.
<!-- <----- string.quoted.other.dash.dialogue.story
<!-- ^^^^^^^^^^^^^^^^^^^^^^^ - string.quoted
「はい」と言った。
<!-- <---- string.quoted.corner.dialogue.story
<!-- <~~~~----- - string.quoted

* * *
<!-- <----- keyword.control.scene-break.story
