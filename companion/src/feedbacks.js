// Feedbacks: a button's colour (and, for a lost link, its words) from the show's state. Each is a
// plain function of its options, the newest view (state.js's readState) and the link's state.

import { CUES, Link, STATES, STATE_LABELS } from './state.js'

export function rgb(r, g, b) {
	return ((r & 0xff) << 16) | ((g & 0xff) << 8) | (b & 0xff)
}

const WHITE = rgb(255, 255, 255)

/** The moderator window's phase colours (resources/styles/light.qss, #phaseLabel). */
export const STATE_COLOURS = Object.freeze({
	running: { bgcolor: rgb(0x2e, 0x7d, 0x32), color: WHITE },
	wrap_up: { bgcolor: rgb(0xff, 0xb3, 0x00), color: rgb(0x11, 0x14, 0x18) },
	final: { bgcolor: rgb(0xd8, 0x43, 0x15), color: WHITE },
	overtime: { bgcolor: rgb(0xb7, 0x1c, 0x1c), color: WHITE },
	paused: { bgcolor: rgb(0x15, 0x65, 0xc0), color: WHITE },
})

const LINK_LOST_STYLE = { bgcolor: rgb(0x21, 0x21, 0x21), color: rgb(0xff, 0x8a, 0x80), text: 'LINK LOST' }

const stateChoices = STATES.map((id) => ({ id, label: STATE_LABELS[id] }))
const cueChoices = CUES.map((id) => ({ id, label: id }))
const colourOption = (state, what, fallback) => ({
	type: 'colorpicker',
	id: `${state}_${what}`,
	label: `${STATE_LABELS[state]}: ${what === 'bg' ? 'background' : 'text'}`,
	default: fallback,
})

/** Who a speaker feedback is about. */
function speakerOf(options, view) {
	const who = typeof options.who === 'string' ? options.who : 'next'
	if (who === 'speaker') return view.speaker
	if (who === 'next') return view.nextSpeaker
	const id = typeof options.speaker === 'string' ? options.speaker.trim() : ''
	return view.queue.find((p) => p.id === id) ?? null
}

const live = (link) => link === Link.CONNECTED || link === Link.WRONG_TOKEN

/**
 * Every feedback: its type, name, options, default style (boolean ones) and `evaluate(options,
 * view, link)` (true/false, or a style for the advanced ones).
 */
export const FEEDBACKS = Object.freeze({
	state_colour: {
		type: 'advanced',
		name: 'Colour by state (running, wrap up, final, overtime, paused)',
		description: 'The window’s colours; standby and ended keep the button’s own. Pair it with $(…:state_label): a colour alone tells nothing to someone who cannot tell red from green.',
		options: Object.entries(STATE_COLOURS).flatMap(([state, style]) => [
			colourOption(state, 'bg', style.bgcolor),
			colourOption(state, 'text', style.color),
		]),
		evaluate: (options, view, link) => {
			if (!live(link) || view === null || !(view.state in STATE_COLOURS)) return {}
			const fallback = STATE_COLOURS[view.state]
			const bg = options[`${view.state}_bg`]
			const fg = options[`${view.state}_text`]
			return { bgcolor: typeof bg === 'number' ? bg : fallback.bgcolor, color: typeof fg === 'number' ? fg : fallback.color }
		},
	},
	state_is: {
		type: 'boolean',
		name: 'The show is in a state',
		options: [{ type: 'dropdown', id: 'state', label: 'State', default: 'overtime', choices: stateChoices }],
		defaultStyle: { ...STATE_COLOURS.overtime },
		evaluate: (options, view, link) => live(link) && view !== null && view.state === options.state,
	},
	speaker_cue: {
		type: 'boolean',
		name: "A speaker's cue",
		options: [
			{
				type: 'dropdown',
				id: 'who',
				label: 'Who',
				default: 'next',
				choices: [
					{ id: 'next', label: 'the next speaker' },
					{ id: 'speaker', label: 'who has the floor' },
					{ id: 'entry', label: 'a queue entry (by id)' },
				],
			},
			{ type: 'textinput', id: 'speaker', label: 'Queue entry id (for "a queue entry")', default: '', useVariables: true },
			{ type: 'dropdown', id: 'cue', label: 'Cue', default: 'ready', choices: cueChoices },
		],
		defaultStyle: { bgcolor: rgb(0x1b, 0x5e, 0x20), color: WHITE },
		evaluate: (options, view, link) => {
			if (!live(link) || view === null) return false
			const who = speakerOf(options, view)
			return who !== null && who.cue === options.cue
		},
	},
	speaker_over: {
		type: 'boolean',
		name: 'The speaker is over their time',
		options: [],
		defaultStyle: { ...STATE_COLOURS.overtime },
		evaluate: (_o, view, link) =>
			live(link) && view?.speaker != null && view.speaker.left_s !== null && view.speaker.left_s < 0,
	},
	message_unseen: {
		type: 'boolean',
		name: 'A message not yet seen',
		options: [
			{
				type: 'dropdown',
				id: 'to',
				label: 'To',
				default: 'moderator',
				choices: [
					{ id: 'any', label: 'anyone' },
					{ id: 'moderator', label: 'the moderator' },
					{ id: 'speaker', label: 'the speaker' },
					{ id: 'stage', label: 'the stage manager' },
				],
			},
		],
		defaultStyle: { bgcolor: rgb(0xb7, 0x1c, 0x1c), color: WHITE },
		evaluate: (options, view, link) => {
			if (!live(link) || view === null) return false
			const to = typeof options.to === 'string' && options.to in view.unseenMessages ? options.to : 'any'
			return view.unseenMessages[to] > 0
		},
	},
	over_hard_stop: {
		type: 'boolean',
		name: 'Over the hard stop (the projected end lies past it)',
		options: [
			{
				type: 'number',
				id: 'margin',
				label: 'Also when less than this many seconds are left before it',
				default: 0,
				min: 0,
				max: 3600,
			},
		],
		defaultStyle: { bgcolor: rgb(0xb7, 0x1c, 0x1c), color: WHITE },
		evaluate: (options, view, link) => {
			if (!live(link) || view === null || view.overHardStop_s === null) return false
			const margin = typeof options.margin === 'number' ? options.margin : 0
			return view.overHardStop_s > -margin
		},
	},
	floor_requests_open: {
		type: 'boolean',
		name: 'Requests for the floor are waiting',
		options: [],
		defaultStyle: { bgcolor: rgb(0x0d, 0x47, 0xa1), color: WHITE },
		evaluate: (_o, view, link) => live(link) && view !== null && view.floorOpen > 0,
	},
	link_lost: {
		type: 'boolean',
		name: 'Link lost (no live state from the app)',
		description: 'Shows LINK LOST on the button: never a countdown frozen at its last value.',
		options: [],
		defaultStyle: { ...LINK_LOST_STYLE },
		evaluate: (_o, _view, link) => link !== Link.CONNECTED && link !== Link.WRONG_TOKEN,
	},
})

export const FEEDBACK_IDS = Object.freeze(Object.keys(FEEDBACKS))
