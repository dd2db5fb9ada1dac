// Assembles paragraph analyses into the story's shape: its chapters and scenes with their counts, the
// matter around the book, and its dialogue. Runs on every edit, so it walks the paragraph list once (the
// walk's state and steps are storyWalk's), and the dialogue is gathered by dialogueAssembly as the walk
// hands it each paragraph.

import { StoryModel } from '../model';
import { NEVER_YIELD, ITEMS_PER_CHECK, runSteps } from '../text/steps';
import { ShouldYield, Steps } from '../text/types';
import { AssemblyInput } from './types';
import { StoryWalk } from './storyWalk';

/** The story's shape from its paragraphs, in one go. */
export function assembleStory(input: AssemblyInput): StoryModel {
	return runSteps(assemblySteps(input, NEVER_YIELD));
}

/** assembleStory a slice at a time, yielding whenever `shouldYield` says stop: for a big file read in the background. */
export function* assemblySteps(input: AssemblyInput, shouldYield: ShouldYield): Steps<StoryModel> {
	const walk = new StoryWalk(input, shouldYield);
	const { dialogue, afterLastBlock } = walk;
	let tookRest = false;
	for (let index = walk.start(); index < afterLastBlock; index++) {
		if ((index & (ITEMS_PER_CHECK - 1)) === 0 && shouldYield()) {
			yield;
		}
		const role = walk.roleOf(index);
		if (role === 'caption') {
			index = walk.captionEnd(index);
			continue;
		}
		if (role === 'prose') {
			walk.addToScene(index);
			continue;
		}
		// Matter, a chapter heading and a scene break end the scene: the dialogue reads its paragraphs first, a slice at a time.
		while (!dialogue.addBreak()) {
			yield;
		}
		walk.closeScene();
		if (role === 'matter') {
			walk.addMatter(index);
		} else if (role === 'sceneBreak') {
			walk.breakScene(index);
		} else if (walk.takeRest(index)) {
			tookRest = true;
			break;
		} else {
			walk.saveCheckpoint(index);
			index = walk.openChapter(index, role);
		}
	}
	if (!tookRest) {
		walk.closeAtEnd();
	}
	const { spans, turnTaking, stretches } = yield* dialogue.finish();
	return walk.finish(spans, turnTaking, stretches);
}
