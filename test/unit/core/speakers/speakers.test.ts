import * as assert from 'assert';
import { analyzeStory, linesBySpeaker } from '../../../../src/core';
import { quoteSpeakers } from './quoteSpeakers';

describe('speakers', () => {
	describe('from the prose beside the quote', () => {
		const cases: [string, string, string][] = [
			['an inverted speech verb', '"I\'m leaving," said Karen.', 'Karen'],
			['a subject before the verb', '"I\'m leaving," Karen said.', 'Karen'],
			['a speaker who leads into the quote', 'Ivy asked, "Are you?"', 'Ivy'],
			['a verb with a helper', '"For what?" Karen had said those words quietly.', 'Karen'],
			['an honorific', '"Indeed," Mr. Darcy replied.', 'Mr. Darcy'],
			['a present-tense breath', 'Derek breathed, "Again."', 'Derek'],
			['a name then a colon', 'Karen: "Places, everyone."', 'Karen'],
			['an adverb before the name', '"Enough," said quietly Mara.', 'Mara'],
			['a description', '"Good night," said the old man.', 'the old man'],
			['a capitalised creature', '‘Hold hard!’ said the Rat.', 'Rat'],
			['an epithet before the name', '"No, no," said old Cotter.', 'Cotter'],
			['a sentence subject before "and said"', 'Karen turned to Ivy and said, "Go home."', 'Karen'],
			['a quote split around its attribution', '"My dear Rose," said Robert, "why ever not?"', 'Robert'],
			['a verb that winds a speech up', '"In short," concluded the vicar, "the bells stay."', 'the vicar'],
			['an old-fashioned speech verb', '"Upon my word!" ejaculated Mrs. Pike.', 'Mrs. Pike'],
			['a description that ends at `whose`', '"We will!" cried the twins whose bedtime had passed.', 'the twins'],
			['a name before a participle, not the participle’s object', 'Moss, pulling off his boots, wearily said, "Enough."', 'Moss'],
			['the people whose saying it is', 'Slow and steady, "steady as she goes," as the Mariners say.', 'Mariners'],
			['a possessive before an exclamation', 'Mrs Ogle\'s dry "Hm!" closed the matter.', 'Mrs Ogle'],
			['a voice the narration gives an owner', '"Too late," replied another voice, which Nell knew to be that of Mrs. Hale.', 'Mrs. Hale'],
			['a description opening the sentence of `and said`', 'The eldest of the goats raised her head and said, "Wolves."', 'the eldest of the goats'],
			['a name before an aside', 'Pell, a little stung by the remark, turned and said, "Pride."', 'Pell'],
			['a pronoun before a verb and its object, not the object', '"Well," said Nell. "It will rain," she told Bram, "all week."', 'Nell'],
			['a name before `and said`, not the owner in between', 'The old sailor pointed at the knife in Pell’s hand, and said, "Mine."', 'the old sailor'],
			['the name before a quote over a pronoun after it', 'The old sailor said, "Mine." He spoke no more.', 'the old sailor'],
			['a bawled warning', '"The master is coming!" bawled Jimmy from the fence.', 'Jimmy'],
			['a hazarded guess', '"A storm, perhaps," hazarded Nell.', 'Nell'],
			['a confidence', '"I think he is handsome," confided Ivy to Rose.', 'Ivy'],
			['a howl', '"Let me out!" howled the prisoner.', 'the prisoner'],
		];
		for (const [rule, text, speaker] of cases) {
			it(rule, () => {
				const found = analyzeStory(text).dialogue.map(span => span.speaker);
				assert.ok(found.length > 0 && found.every(name => name === speaker), `${text}: ${found.join(', ')}`);
			});
		}

		it('gives no name for a pronoun', () => {
			assert.deepStrictEqual(quoteSpeakers('"No," said he.'), ['"No," -']);
		});

		it('gives the narrator’s speech to one `Narrator`, never the word `I`, when the story does not name them', () => {
			assert.deepStrictEqual(quoteSpeakers('"No," I said.'), ['"No," Narrator']);
			assert.deepStrictEqual(quoteSpeakers('I fixed him with a look. "I see."'), ['"I see." Narrator']);
		});

		it('alternates the narrator with the one other person of an exchange', () => {
			const text = ['"Will you stay?" asked Nell.', '"Till morning," I said.', '"And then?"', '"Then I go."'].join('\n\n');
			assert.deepStrictEqual(quoteSpeakers(text), ['"Will you stay?" Nell', '"Till morning," Narrator', '"And then?" Nell', '"Then I go." Narrator']);
		});

		it('gives the narrator’s speech the name the others call the narrator by', () => {
			const text = [
				'"Will you stay?" asked Nell.',
				'"Till morning," I said.',
				'"Oh, Tam, stay longer!"',
				'"I cannot."',
				'"Go now, Tam."',
				'"Goodbye," I answered.',
			].join('\n\n');
			assert.deepStrictEqual(
				quoteSpeakers(text).map(line => line.split(' ').pop()),
				['Nell', 'Tam', 'Nell', 'Tam', 'Nell', 'Tam'],
			);
		});

		it('keeps `I` for the narrator when a name is called out only once, or belongs to a speaker of its own', () => {
			const once = ['"Will you stay?" asked Nell.', '"Till morning," I said.', '"Oh, Tam, stay longer!"', '"I cannot."'].join('\n\n');
			assert.deepStrictEqual(
				quoteSpeakers(once).map(line => line.split(' ').pop()),
				['Nell', 'Narrator', 'Nell', 'Narrator'],
			);
			const owned = ['"Will you stay, Tam?" asked Nell.', '"Till morning," I said.', '"Stay, Tam!"', '"I cannot."', '"No," said Tam.'].join('\n\n');
			assert.ok(
				!quoteSpeakers(owned)
					.slice(0, 4)
					.some(line => line.endsWith(' Tam')),
				quoteSpeakers(owned).join(' / '),
			);
		});

		it('never gives a `she said` turn to the narrator, whatever the alternation says', () => {
			const text = ['"Will you stay?" asked Nell.', '"Till morning," I said.', '"You always say that."', '"Do I?" she said.'].join('\n\n');
			assert.deepStrictEqual(quoteSpeakers(text), ['"Will you stay?" Nell', '"Till morning," Narrator', '"You always say that." Nell', '"Do I?" Nell']);
		});

		it('lists the narrator’s lines as one voice beside the others', () => {
			const model = analyzeStory('"No," I said.\n\n"Yes," said Nell.');
			assert.deepStrictEqual([...linesBySpeaker(model.dialogue).keys()], ['Narrator', 'Nell']);
		});

		it('names the one person a paragraph’s narration shows, for a pronoun or an action', () => {
			assert.deepStrictEqual(quoteSpeakers('Terry stopped in his tracks. "Look here," he said.'), ['"Look here," Terry']);
			const text = ['"Places," said Karen.', 'The stage lights came up.', 'Karen looked up from the script. "Again."'].join('\n\n');
			assert.deepStrictEqual(quoteSpeakers(text), ['"Places," Karen', '"Again." Karen']);
		});

		it('does not take a word opening a sentence for someone no speech verb ever names', () => {
			assert.deepStrictEqual(quoteSpeakers('Rehearsal ended and she saw her chance. "Karen? I wanted to say sorry."'), ['"Karen? I wanted to say sorry." -']);
		});

		it('does not name a person the narration only mentions after the pronoun', () => {
			assert.deepStrictEqual(quoteSpeakers('"She is lovely," said he, as he came in. Belcour stared.'), ['"She is lovely," -']);
		});

		it('ends a word at a double hyphen', () => {
			const text = ['Wanting to tease Nell a little more--I observed:', '"I rather like the rain."'].join('\n\n');
			assert.deepStrictEqual(quoteSpeakers(text), ['"I rather like the rain." Narrator']);
		});

		it('makes a quote whose own pronoun is someone else’s a turn of its own', () => {
			const text = '"Will you eat?" I asked the old farmer. "No," he answered, "not today."';
			assert.deepStrictEqual(quoteSpeakers(text), ['"Will you eat?" Narrator', '"No," -', '"not today." -']);
		});

		it('gives a quote after someone else steps into the narration to them, not to the paragraph’s first speaker', () => {
			const text = ['"Bob?" asked Ann.', '"Yes," said Bob.', '"Sit," said Ann. Bob folded his arms. "I will stand."'].join('\n\n');
			assert.deepStrictEqual(quoteSpeakers(text).slice(2), ['"Sit," Ann', '"I will stand." Bob']);
			const same = ['"Bob?" asked Ann.', '"Yes," said Bob.', '"Sit," said Ann. Ann folded her arms. "Now."'].join('\n\n');
			assert.deepStrictEqual(quoteSpeakers(same).slice(2), ['"Sit," Ann', '"Now." Ann']);
		});

		it('does not hold a capitalised word the narration ends on for the person a pronoun means', () => {
			const text = ['"Tea?" asked Ann.', '"Please," said Bob.', '"Sit," said Ann. Bob looked at the tray. Assam was his favourite. "Lovely," he said.'].join(
				'\n\n',
			);
			assert.deepStrictEqual(quoteSpeakers(text).slice(2), ['"Sit," Ann', '"Lovely," Bob']);
		});

		it('does not take an interjection opening a quote for a name called out', () => {
			const text = ['"Hi, you."', '"Hi."', '"Lovely, isn\'t it?"', '"Lovely, yes," said Bob.', '"Yes."'].join('\n\n');
			const found = analyzeStory(text).dialogue.map(span => span.speaker);
			assert.ok(!found.some(name => name === 'Hi' || name === 'Lovely'), found.join(' / '));
			assert.strictEqual(found[3], 'Bob');
		});

		it('does not take an adverb opening a sentence of narration for its subject', () => {
			const text = ['"Tea?" asked Ann.', '"Please," said Bob.', 'Naturally nobody moved. "Milk?"', '"No."', 'Naturally nobody spoke. "Sugar?"'].join('\n\n');
			assert.deepStrictEqual(
				analyzeStory(text).dialogue.map(span => span.speaker),
				['Ann', 'Bob', 'Ann', 'Bob', 'Ann'],
			);
		});

		it('takes the person among several sentence subjects when the last is no one', () => {
			const text = [
				'"Pay up," said the keeper.',
				'Pell looked from one man to the other. Sixpence was a fair price. "Here," he said.',
				'"Thank you, Pell," said the keeper.',
			].join('\n\n');
			assert.strictEqual(quoteSpeakers(text)[1], '"Here," Pell');
		});

		it('gives a beat to the one a first-person narrator watches, not to the narrator', () => {
			const text = ['"Begin," said Nell.', '"Why me?" I said.', 'I could see Nell at the window, frowning. "Because."'].join('\n\n');
			assert.deepStrictEqual(quoteSpeakers(text)[2], '"Because." Nell');
		});

		it('reads a subject past an aside between commas', () => {
			const text = ['"Tea?" asked Ann.', '"Please," said Bob.', '"Cake, then," cried the twins. Mrs. Pell, however, wanted her tea. "Where is the pot?"'].join(
				'\n\n',
			);
			assert.strictEqual(quoteSpeakers(text)[3], '"Where is the pot?" Mrs. Pell');
			const list = ['"Tea?" asked Ann.', '"Please," said Bob.', 'Pell, Ann and Bob sat. "Well?"'].join('\n\n');
			assert.ok(!quoteSpeakers(list)[2].endsWith('Pell'), quoteSpeakers(list).join(' / '));
		});

		it('reads who acts before the first quote of a paragraph too long to read whole', () => {
			const ticking = 'The kettle ticked on the stove and the clock answered it from the hall. '.repeat(10);
			const text = [
				'"Begin," said Mr. Abel.',
				'"Well," said Miss Nell.',
				'"Go on," I said.',
				`He sat down heavily by the stove. "I cannot begin." ${ticking}`,
			].join('\n\n');
			assert.strictEqual(quoteSpeakers(text)[3], '"I cannot begin." Mr. Abel');
		});

		it('does not take the noun of `a great shout` for a speech verb and its subject', () => {
			assert.deepStrictEqual(quoteSpeakers('There rose a great shout: "Huzzah!"'), ['"Huzzah!" -']);
			assert.deepStrictEqual(quoteSpeakers('There came the answer, "No."'), ['"No." -']);
			assert.deepStrictEqual(quoteSpeakers('Bob gave his answer, "No."'), ['"No." Bob']);
			assert.deepStrictEqual(quoteSpeakers('My aunt said, "No."'), ['"No." my aunt']);
		});

		it('gives each quote of a paragraph its own attributed speaker', () => {
			assert.deepStrictEqual(quoteSpeakers('"Tea?" asked Karen. "Coffee," said Ivy.'), ['"Tea?" Karen', '"Coffee," Ivy']);
		});
	});

	describe('from the turn-taking', () => {
		it('alternates in a two-person exchange', () => {
			const text = ['"Tea?" asked Karen.', '"Please," said Ivy.', '"Milk?"', '"No."', '"Sugar?"'].join('\n\n');
			assert.deepStrictEqual(quoteSpeakers(text), ['"Tea?" Karen', '"Please," Ivy', '"Milk?" Karen', '"No." Ivy', '"Sugar?" Karen']);
		});

		it('fills the turns before the first attribution too', () => {
			const text = ['"Candy."', '"Not before dinner."', '"Mother lets me," said Ogden.', '"I do not."'].join('\n\n');
			assert.deepStrictEqual(
				analyzeStory(text).dialogue.map(span => span.speaker),
				['Ogden', undefined, 'Ogden', undefined],
			);
		});

		it('does not let a later description take over the turns of an earlier one', () => {
			const text = ['"Evening," said the parson.', '"Evening, sir," said Jack.', '"Cold out."', '"It is."', '"Who goes there?" asked the tall stranger.'].join(
				'\n\n',
			);
			assert.deepStrictEqual(
				analyzeStory(text).dialogue.map(span => span.speaker),
				['the parson', 'Jack', 'the parson', 'Jack', 'the tall stranger'],
			);
		});

		it('keeps a description a speech verb ties to the line, rather than the one the alternation expected', () => {
			const text = ['"Tea?" asked Karen.', '"Please," said Ivy.', 'The back door banged. My aunt came in from the yard and said:', '"The hens are out."'].join(
				'\n\n',
			);
			assert.strictEqual(quoteSpeakers(text)[2], '"The hens are out." my aunt');
		});

		it('gives a description the name the exchange puts in its place', () => {
			const text = [
				'"Home at last?" said my brother’s wife.',
				'"My dear Rose," I answered, "I never left."',
				'"You did."',
				'"Rose, be fair," I said.',
				'"Rudolf!" exclaimed my brother’s wife.',
			].join('\n\n');
			assert.deepStrictEqual(
				analyzeStory(text).dialogue.map(span => span.speaker),
				['Rose', 'Narrator', 'Narrator', 'Rose', 'Narrator', 'Rose'],
			);
		});

		it('learns a name’s gender from the description it stood in for', () => {
			const text = [
				'"Home at last?" said my brother’s wife.',
				'"Hello, Rose," said Tam.',
				'"You look tired."',
				'"Rose, I am."',
				'"What is the matter?" he asked.',
			].join('\n\n');
			assert.deepStrictEqual(
				analyzeStory(text).dialogue.map(span => span.speaker),
				['Rose', 'Tam', 'Rose', 'Tam', 'Tam'],
			);
		});

		it('forgets what a description stood for once the exchange is over', () => {
			const night = 'The fire burned low and the wind worked at the shutters all through the long night. ';
			const text = [
				'"Who is there?" said the man.',
				'"Only me," said Ann.',
				'"Come in, then," said Tom.',
				night.repeat(12),
				'"Stop!" said the man.',
				'"Why?" asked Ann.',
			].join('\n\n');
			assert.deepStrictEqual(
				analyzeStory(text)
					.dialogue.map(span => span.speaker)
					.slice(3),
				['the man', 'Ann'],
			);
		});

		it('gives a `he said` after a short paragraph opening on `He` to the one who spoke last, if he is a he', () => {
			const exchange = ['"Tea?" asked Mr. Pike.', '"Please," said Bob.', '"Milk?" said Mr. Pike.'];
			for (const beat of ['He broke off and stirred the pot.', 'Smiling, he broke off and stirred the pot.']) {
				assert.strictEqual(quoteSpeakers([...exchange, beat, '"Or lemon?" he said.'].join('\n\n'))[3], '"Or lemon?" Mr. Pike');
			}
			assert.strictEqual(quoteSpeakers([...exchange, 'He turned his eyes to Mr. Pike.', '"Lemon," he said.'].join('\n\n'))[3], '"Lemon," Bob');
			assert.strictEqual(quoteSpeakers([...exchange, 'She broke off and stirred the pot.', '"Or lemon?" he said.'].join('\n\n'))[3], '"Or lemon?" Bob');
		});

		it('takes a beat about `the doctor` for the one person the story calls Dr.', () => {
			const exchange = ['"Evening," said Dr. Vane.', '"Evening," said Ann.', '"Evening," said Bob.', '"Cold out," said Bob.'];
			assert.strictEqual(quoteSpeakers([...exchange, 'The doctor frowned at his notes. "Sleeping badly?"'].join('\n\n'))[4], '"Sleeping badly?" Dr. Vane');
			// Without the beat, the place goes to the other person the story showed last.
			assert.strictEqual(quoteSpeakers([...exchange, 'The door banged behind them. "Sleeping badly?"'].join('\n\n'))[4], '"Sleeping badly?" Ann');
		});

		it('gives `said madame` to the one person the story calls Madame', () => {
			const text = ['"Coffee?" asked Madame Roux.', '"Please," said Bram.', '"Black?" returned madame.'].join('\n\n');
			assert.strictEqual(quoteSpeakers(text)[2], '"Black?" Madame Roux');
			const two = ['"Coffee?" asked Madame Roux.', '"Tea," said Madame Vey.', '"Black?" returned madame.'].join('\n\n');
			assert.strictEqual(quoteSpeakers(two)[2], '"Black?" madame');
		});

		it('does not take a name from a beat for a description a speech verb tied to its line', () => {
			const text = [
				'"Fine weather," said the pedlar.',
				'"It is," said Nell.',
				'"Good day, friend!" Bram stopped short in the doorway.',
				'"Who are you?" asked Bram.',
				'"A pedlar," said the pedlar.',
			].join('\n\n');
			assert.deepStrictEqual(
				analyzeStory(text).dialogue.map(span => span.speaker),
				['the pedlar', 'Nell', 'Bram', 'Bram', 'the pedlar'],
			);
		});

		it('does not give a description the name of someone the narration only turns to', () => {
			const text = [
				'Bram yawned by the fire.',
				'"Fine weather," said the pedlar.',
				'"It is," said Nell.',
				'"Will it hold?"',
				'"Till noon," she said to Bram.',
				'Bram nodded.',
			].join('\n\n');
			assert.deepStrictEqual(
				analyzeStory(text).dialogue.map(span => span.speaker),
				['the pedlar', 'Nell', 'the pedlar', 'Nell'],
			);
		});

		it('does not give a `said he to Temple` line to Temple', () => {
			const text = [
				'"Thank you," said Temple.',
				'"Sit down, sir," said Blakeney.',
				'The wind rattled the pane.',
				'"A poor place for guests," said he to Temple.',
			].join('\n\n');
			assert.strictEqual(quoteSpeakers(text)[2], '"A poor place for guests," Blakeney');
		});

		it('gives a lead-in’s `he said:` to the one the sentence before was about, not to the one he reaches for', () => {
			const text = [
				'"Morning," said Stephen.',
				'"Scutter!" said Buck Mulligan.',
				'Stephen sat on the wall. Buck Mulligan wiped the razor. Then, gazing at the sea, he said:',
				'"The snotgreen sea."',
				'He came over and, thrusting a hand into Stephen’s pocket, said:',
				'"Lend us your noserag."',
			].join('\n\n');
			assert.deepStrictEqual(quoteSpeakers(text).slice(2), ['"The snotgreen sea." Buck Mulligan', '"Lend us your noserag." Buck Mulligan']);
		});

		it('does not take an adjective opening an exclamation for a person', () => {
			const text = ['Tiresome old fool. "Quiet," said Cotter.', 'Tiresome old fool. "Go on."'].join('\n\n');
			assert.ok(!quoteSpeakers(text)[1].endsWith('Tiresome'), quoteSpeakers(text).join(' / '));
		});

		it('does not take a plural opening a sentence (`Gulls were…`) for the one a `he said` points back to', () => {
			const text = ['"Is the boat in?" asked Mrs. Hale.', '"Not yet," said Pell.', 'Gulls were wheeling over the harbour wall. "Then we wait," he said.'].join(
				'\n\n',
			);
			assert.deepStrictEqual(quoteSpeakers(text).slice(2), ['"Then we wait," Pell']);
		});

		it('does not take a word that puts its subject after it (`Away they ran`) for the one a `he cried` points back to', () => {
			const text = ['"Is the boat in?" asked Mrs. Hale.', '"Not yet," said Pell.', 'Away they ran down the quay. "Wait for me!" he cried.'].join('\n\n');
			assert.deepStrictEqual(quoteSpeakers(text).slice(2), ['"Wait for me!" Pell']);
		});

		it('gives a pronoun with no exchange to go by only to someone the story has shown speaking', () => {
			const text = ['"Come in," said Nell.', 'The door shut. Boston was cold that year; Boston always was.', '"Brr," she said.'].join('\n\n');
			assert.deepStrictEqual(quoteSpeakers(text), ['"Come in," Nell', '"Brr," Nell']);
		});

		it('gives a she the one of the two who is a she', () => {
			const text = ['"You are late," said Mrs. Ames.', '"The train," said Tom.', '"Excuses," she said.', '"Facts," he said.'].join('\n\n');
			assert.deepStrictEqual(quoteSpeakers(text), ['"You are late," Mrs. Ames', '"The train," Tom', '"Excuses," Mrs. Ames', '"Facts," Tom']);
		});

		it('does not give a quote to the person it calls out to', () => {
			const text = ['"Begin," said Douglas.', '"Not tonight," said Mrs. Griffin.', '"Please, Douglas."'].join('\n\n');
			assert.strictEqual(quoteSpeakers(text)[2], '"Please, Douglas." Mrs. Griffin');
		});

		it('hears a name called out at the end of a quote that closes on a comma', () => {
			const text = ['"Begin," said Douglas.', '"Not tonight," said Mrs. Griffin.', '"Tell it tomorrow, then, Douglas,"'].join('\n\n');
			assert.strictEqual(quoteSpeakers(text)[2], '"Tell it tomorrow, then, Douglas," Mrs. Griffin');
		});

		it('does not give a `he said` to the one person the narration shows when her title says she is a she', () => {
			assert.deepStrictEqual(quoteSpeakers('Mrs Pike laughed at the gate. "Go on," he said.'), ['"Go on," -']);
			assert.deepStrictEqual(quoteSpeakers('Mr Pike laughed at the gate. "Go on," he said.'), ['"Go on," Mr Pike']);
		});

		it('hears a name called out with a space before the mark after it', () => {
			assert.deepStrictEqual(quoteSpeakers('Mrs Ogle opened the door. "Morning, Mrs Ogle ... a letter for you!"'), [
				'"Morning, Mrs Ogle ... a letter for you!" -',
			]);
		});

		it('does not take the person the narration shows for the speaker when the quote calls them out', () => {
			assert.deepStrictEqual(quoteSpeakers('Mr. Pike coughed at the gate. "Have some tea, Pike," he said.'), ['"Have some tea, Pike," -']);
		});

		it('does not give a pronoun’s quote to the last person shown when the quote calls them out', () => {
			const text = [
				'"Evening," said Mr. Pike.',
				'The wind rose. Mr. Pike waited by the gate while the doctor read.',
				'Later they walked on. "A cold night, Pike," he said.',
			].join('\n\n');
			assert.ok(!quoteSpeakers(text)[1].endsWith('Pike'), quoteSpeakers(text).join(' / '));
		});

		it('gives speech to whoever the narration paragraph before it leads in with `said:`', () => {
			const text = ['The storm had not let up all week. Mara looked at the sky and said:', '"We sail tomorrow."'].join('\n\n');
			assert.deepStrictEqual(quoteSpeakers(text), ['"We sail tomorrow." Mara']);
			const mine = ['The storm had not let up all week, so at last I said:', '"We sail tomorrow."'].join('\n\n');
			assert.deepStrictEqual(quoteSpeakers(mine), ['"We sail tomorrow." Narrator']);
		});

		it('lets a paragraph’s own attribution outweigh the lead-in before it', () => {
			const text = ['Mara looked at the sky and said:', '"We sail tomorrow," Pip answered for her.'].join('\n\n');
			assert.deepStrictEqual(quoteSpeakers(text), ['"We sail tomorrow," Pip']);
		});

		it('reads a lead-in only from a paragraph that ends on its colon', () => {
			const text = ['The storm went on all night, and Mara said: nothing would move her. It was no use.', '"We sail tomorrow."'].join('\n\n');
			assert.deepStrictEqual(quoteSpeakers(text), ['"We sail tomorrow." -']);
		});

		it('ends a description at the verb before an object pronoun', () => {
			const text = ['My aunt saw him waiting and said to him:', '"Come in out of the rain."'].join('\n\n');
			assert.deepStrictEqual(quoteSpeakers(text), ['"Come in out of the rain." my aunt']);
		});

		it('gives a pronoun’s quote to the person the narration named last, even in the middle of a paragraph', () => {
			const night = 'The fire burned low and the wind worked at the shutters all through the long night. ';
			const text = [
				'"Begin," said Douglas.',
				`${night.repeat(8)}I could see Douglas by the hearth, turning a log over. ${night.repeat(4)}`,
				'"Not tonight," he said.',
			].join('\n\n');
			assert.deepStrictEqual(quoteSpeakers(text), ['"Begin," Douglas', '"Not tonight," Douglas']);
		});

		it('gives a line from somebody outside the exchange to no one, and starts over after it', () => {
			const text = ['"Begin," said Douglas.', '"Not tonight," said Mrs. Griffin.', '"Won\'t you tell?" somebody else asked.', '"Tomorrow."'].join('\n\n');
			assert.deepStrictEqual(quoteSpeakers(text).slice(2), ['"Won\'t you tell?" -', '"Tomorrow." -']);
		});

		it('lets a crowd’s voice break into an exchange without taking a part in it', () => {
			const text = [
				'"Tell us," said Nell.',
				'"Not tonight," said Abel.',
				'"Oh, please!" cried the children.',
				'"Tomorrow, then?"',
				'"Tomorrow."',
				'"Go on!" cried one of the boys.',
				'"Sleep first."',
			].join('\n\n');
			const found = analyzeStory(text).dialogue.map(span => span.speaker);
			assert.deepStrictEqual([found[0], found[1], found[2], found[5]], ['Nell', 'Abel', 'the children', 'one of the boys']);
			assert.ok(
				[found[3], found[4], found[6]].every(name => name !== 'the children' && name !== 'one of the boys'),
				found.join(' / '),
			);
		});

		it('knows Mulligan once the story has said Buck Mulligan', () => {
			const text = ['"Come up," said Buck Mulligan.', '"Why?" Stephen asked.', '"Because," Mulligan said.', '"No."'].join('\n\n');
			assert.deepStrictEqual(
				analyzeStory(text).dialogue.map(span => span.speaker),
				['Buck Mulligan', 'Stephen', 'Buck Mulligan', 'Stephen'],
			);
		});

		it('takes the subject of a short beat between lines as the next speaker', () => {
			const text = ['"Tea?" asked Karen.', '"Please," said Ivy.', 'Karen frowned at the kettle.', '"It is cold."'].join('\n\n');
			assert.strictEqual(quoteSpeakers(text)[2], '"It is cold." Karen');
		});

		it('starts over after a scene break', () => {
			const text = ['"Tea?" asked Karen.', '"Please," said Ivy.', '* * *', '"Morning."', '"Is it?"'].join('\n\n');
			assert.deepStrictEqual(quoteSpeakers(text).slice(2), ['"Morning." -', '"Is it?" -']);
		});

		it('starts over after a long stretch of narration', () => {
			const narration = Array.from({ length: 40 }, () => 'The rain kept on.').join(' ');
			const text = ['"Tea?" asked Karen.', '"Please," said Ivy.', narration, '"Milk?"', '"No."'].join('\n\n');
			assert.deepStrictEqual(quoteSpeakers(text).slice(2), ['"Milk?" -', '"No." -']);
		});

		it('starts a new turn at a quote opening the line after one that closed, however long the lines', () => {
			const text = [
				'Karen set the tray down by the stove and asked, "Tea, or something stronger for the cold?"',
				'"Nothing for me, thank you," said Ivy, "I have had more than enough already tonight."',
				'"Not even a small one?"',
				'"No."',
			].join('\n');
			assert.deepStrictEqual(
				quoteSpeakers(text).map(quote => quote.split(' ').pop()),
				['Karen', 'Ivy', 'Ivy', 'Karen', 'Ivy'],
			);
		});

		it('starts a new paragraph at a quote opening its line, in text with no blank lines', () => {
			const text = ['"Tea?" asked Karen.', '"Please," said Ivy.', '"Milk?"', '"No."'].join('\n');
			assert.deepStrictEqual(quoteSpeakers(text), ['"Tea?" Karen', '"Please," Ivy', '"Milk?" Karen', '"No." Ivy']);
		});
	});

	it('lists each speaker’s lines', () => {
		const text = ['"Tea?" asked Karen.', '"Please," said Ivy.', '"Milk?" asked Karen.', 'The kettle sang.'].join('\n\n');
		const lines = linesBySpeaker(analyzeStory(text).dialogue);
		assert.deepStrictEqual(
			[...lines].map(([speaker, spoken]) => [speaker, spoken.map(span => text.slice(span.start, span.end))]),
			[
				['Karen', ['"Tea?"', '"Milk?"']],
				['Ivy', ['"Please,"']],
			],
		);
	});
});
