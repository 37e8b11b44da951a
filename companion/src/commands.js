// The crew's buttons as the app's commands (the JSON of POST /api/v1/command, docs/api.md):
// each action's options, and the command a press sends. Plain functions: tested without Companion.

/** A press that cannot become a command (nobody waiting, no text...): said in words, nothing sent. */
export class ButtonError extends Error {}

const SECONDS_LIMIT = 24 * 3600

function seconds(value, what) {
	const n = typeof value === 'string' ? Number(value.trim()) : value
	if (typeof n !== 'number' || !Number.isFinite(n) || !Number.isInteger(n) || n === 0 || Math.abs(n) > SECONDS_LIMIT) {
		throw new ButtonError(`${what} must be a whole number of seconds, not 0, at most ${SECONDS_LIMIT}: got '${value}'`)
	}
	return n
}

function text(value) {
	return typeof value === 'string' ? value.trim() : value === undefined || value === null ? '' : String(value)
}

const SECONDS_OPTION = (label, fallback) => ({
	type: 'number',
	id: 'seconds',
	label,
	default: fallback,
	min: -SECONDS_LIMIT,
	max: SECONDS_LIMIT,
	step: 1,
})

const RECIPIENTS = [
	{ id: 'moderator', label: 'the moderator' },
	{ id: 'speaker', label: "the speaker's screen" },
	{ id: 'stage', label: 'the stage manager' },
]

/**
 * Every action: its name, options (Companion's input fields), and `command(options, view)`
 * returning the command to send. `view` is the newest `readState` (null before the first state):
 * an empty "who" option means the one the window would pick (the next speaker, the first request
 * in line), read from it.
 */
export const ACTIONS = Object.freeze({
	toggle: {
		name: 'Start / pause (the Space key)',
		options: [],
		command: () => ({ action: 'toggle' }),
	},
	start: { name: 'Start or resume', options: [], command: () => ({ action: 'start' }) },
	pause: { name: 'Pause', options: [], command: () => ({ action: 'pause' }) },
	next: {
		name: 'Next segment (ends the live one, starts the next)',
		options: [],
		command: () => ({ action: 'next' }),
	},
	previous: {
		name: 'Previous segment (steps back)',
		options: [],
		command: () => ({ action: 'previous' }),
	},
	goto: {
		name: 'Go to a segment',
		options: [{ type: 'textinput', id: 'segment', label: 'Segment id', default: '', useVariables: true }],
		command: (o) => {
			const segment = text(o.segment)
			if (!segment) throw new ButtonError('give the segment id to go to')
			return { action: 'goto', segment }
		},
	},
	add_time: {
		name: 'Add or remove time (live segment)',
		options: [SECONDS_OPTION('Seconds (negative removes)', 60)],
		command: (o) => ({ action: 'add_time', seconds: seconds(o.seconds, 'the time to add') }),
	},
	speaker_next: {
		name: 'Give the floor to the next speaker (GO)',
		options: [],
		command: () => ({ action: 'speaker_next' }),
	},
	speaker_stop: {
		name: 'End the current turn',
		options: [],
		command: () => ({ action: 'speaker_stop' }),
	},
	speaker_pause: {
		name: 'Hold the speaker (an interjection)',
		options: [],
		command: () => ({ action: 'speaker_pause' }),
	},
	speaker_resume: {
		name: 'Resume the held speaker',
		options: [],
		command: () => ({ action: 'speaker_resume' }),
	},
	speaker_time: {
		name: "Add or remove the current speaker's time",
		options: [SECONDS_OPTION('Seconds (negative removes)', 30)],
		command: (o) => ({ action: 'speaker_time', seconds: seconds(o.seconds, "the speaker's time to add") }),
	},
	speaker_cue: {
		name: 'Cue a speaker (waiting, standby, ready)',
		options: [
			{
				type: 'dropdown',
				id: 'cue',
				label: 'Cue',
				default: 'ready',
				choices: [
					{ id: 'waiting', label: 'waiting' },
					{ id: 'standby', label: 'standby' },
					{ id: 'ready', label: 'ready' },
				],
			},
			{
				type: 'textinput',
				id: 'speaker',
				label: 'Speaker entry id (empty: the next speaker)',
				default: '',
				useVariables: true,
			},
		],
		command: (o, view) => {
			const cue = text(o.cue)
			if (!['waiting', 'standby', 'ready'].includes(cue)) throw new ButtonError(`no cue '${cue}'`)
			const speaker = text(o.speaker) || view?.nextSpeaker?.id
			if (!speaker) throw new ButtonError('no one is waiting to speak')
			return { action: 'speaker_cue', speaker, cue }
		},
	},
	message: {
		name: 'Send a message',
		options: [
			{ type: 'dropdown', id: 'to', label: 'To', default: 'moderator', choices: RECIPIENTS },
			{ type: 'textinput', id: 'text', label: 'Text (at most 500 characters)', default: '', useVariables: true },
		],
		command: (o) => {
			const to = text(o.to)
			if (!RECIPIENTS.some((r) => r.id === to)) throw new ButtonError(`no recipient '${to}'`)
			const body = text(o.text)
			if (!body) throw new ButtonError('the message has no text')
			return { action: 'message', to, text: body }
		},
	},
	message_ack: {
		name: 'Mark the newest message to the moderator seen',
		options: [
			{ type: 'textinput', id: 'id', label: 'Message id (empty: the newest not yet seen)', default: '', useVariables: true },
		],
		command: (o, view) => {
			const id = text(o.id) || view?.unseenForModerator
			if (!id) throw new ButtonError('no message to the moderator is waiting to be seen')
			return { action: 'message_ack', id }
		},
	},
	floor_accept: {
		name: 'Accept a request for the floor (into the queue)',
		options: [
			{ type: 'textinput', id: 'request', label: 'Request id (empty: the first in line)', default: '', useVariables: true },
		],
		command: (o, view) => ({ action: 'floor_accept', request: request(o, view) }),
	},
	floor_decline: {
		name: 'Decline a request for the floor',
		options: [
			{ type: 'textinput', id: 'request', label: 'Request id (empty: the first in line)', default: '', useVariables: true },
			{ type: 'textinput', id: 'reason', label: 'Reason (the participant sees it)', default: '', useVariables: true },
		],
		command: (o, view) => {
			const command = { action: 'floor_decline', request: request(o, view) }
			const reason = text(o.reason)
			return reason ? { ...command, reason } : command
		},
	},
	undo: {
		name: 'Undo (this connection’s own last change)',
		options: [],
		command: () => ({ action: 'undo' }),
	},
})

function request(o, view) {
	const id = text(o.request) || view?.floorNext?.id
	if (!id) throw new ButtonError('no request for the floor is open')
	return id
}

/** The command for a press of `actionId` with `options`, or a ButtonError saying why not. */
export function buildCommand(actionId, options, view) {
	const definition = ACTIONS[actionId]
	if (!definition) throw new ButtonError(`no action '${actionId}'`)
	return definition.command(options ?? {}, view ?? null)
}
