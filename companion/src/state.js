// From one state frame of the app's feed (GET /api/v1/state's JSON, docs/api.md) to what the
// buttons show: plain functions, no Companion, so the tests read them without a host.

import { countdown, countdownSeconds, clock, timeOfDay, timeOfDaySeconds } from './format.js'

/** What the link to the app is doing (the `connection` variable). */
export const Link = Object.freeze({
	CONNECTING: 'connecting',
	CONNECTED: 'connected',
	WRONG_TOKEN: 'wrong token',
	LOST: 'link lost',
	NOT_SET: 'not set up',
})

/** The show's states, as the `state` variable and the feedbacks name them. */
export const STATES = Object.freeze(['standby', 'running', 'wrap_up', 'final', 'overtime', 'paused', 'ended'])

export const STATE_LABELS = Object.freeze({
	standby: 'STANDBY',
	running: 'RUNNING',
	wrap_up: 'WRAP UP',
	final: 'FINAL',
	overtime: 'OVERTIME',
	paused: 'PAUSED',
	ended: 'ENDED',
})

/** Cues a speaker's queue entry can have (docs/api.md, `speakers[].cue`). */
export const CUES = Object.freeze(['waiting', 'standby', 'ready', 'speaking', 'done', 'skipped'])
const TO_SPEAK = new Set(['waiting', 'standby', 'ready'])

/** Whether a feed frame is a state (answers to commands carry no `version`). */
export function isState(frame) {
	return frame !== null && typeof frame === 'object' && !Array.isArray(frame) && 'version' in frame
}

function number(value) {
	return typeof value === 'number' && Number.isFinite(value) ? value : null
}

/**
 * The show as the buttons need it, from one state frame. Every field is computed from the frame
 * alone: the next speaker is the first entry still to speak in the live (else the current)
 * segment's queue, as `speaker_next` picks them in the app (core/speakers.py, `next_up`).
 */
export function readState(frame) {
	const segments = Array.isArray(frame.segments) ? frame.segments : []
	const byId = new Map(segments.map((s) => [s.id, s]))
	const live = byId.get(frame.live_segment) ?? null
	const current = live ?? byId.get(frame.current_segment) ?? null
	const following = byId.get(frame.next_segment) ?? null
	let state
	if (frame.ended) state = 'ended'
	else if (live === null) state = 'standby'
	else if (!frame.running) state = 'paused'
	else state = STATES.includes(live.phase) ? live.phase : 'running'

	const queue = Array.isArray(current?.speakers) ? current.speakers : []
	const speaking = live ? (queue.find((p) => p.id === frame.live_speaker) ?? null) : null
	const upNext = queue.find((p) => TO_SPEAK.has(p.cue)) ?? null
	const schedule = frame.schedule ?? {}

	const messages = Array.isArray(frame.messages) ? frame.messages : []
	const unseen = { any: 0, moderator: 0, speaker: 0, stage: 0 }
	for (const m of messages) {
		if (m.acknowledged) continue
		unseen.any += 1
		if (m.to in unseen) unseen[m.to] += 1
	}
	const newest = messages.length ? messages[messages.length - 1] : null

	// The full view lists every request with its status; the public view only those waiting.
	const requests = Array.isArray(frame.floor_requests) ? frame.floor_requests : []
	const open = requests.filter((r) => (r.status === undefined ? r.place != null : r.status === 'open'))
	const inSegment = open.filter((r) => current && r.segment === current.id)
	const line = (inSegment.length ? inSegment : open).slice()
	line.sort((a, b) => (a.place ?? Infinity) - (b.place ?? Infinity))
	const firstRequest = line[0] ?? null

	return {
		public: frame.public === true,
		title: frame.event?.title ?? '',
		now: frame.now ?? null,
		rehearsal: frame.rehearsal === true,
		state,
		left_s: live ? number(frame.live_remaining_s) : null,
		segment: current ? { id: current.id, title: current.title } : null,
		next: following ? { id: following.id, title: following.title } : null,
		speaker: speaking
			? {
					id: speaking.id,
					name: speaking.name,
					cue: speaking.cue,
					paused: speaking.paused === true,
					left_s: number(frame.speaker_remaining_s),
				}
			: null,
		nextSpeaker: upNext
			? { id: upNext.id, name: upNext.name, cue: upNext.cue, allotted_s: number(upNext.allotted_s) }
			: null,
		queue: queue.map((p) => ({ id: p.id, name: p.name, cue: p.cue })),
		toHardStop_s: number(schedule.to_hard_end_s),
		overHardStop_s: number(schedule.over_hard_end_s),
		offset_s: schedule.another_day ? null : number(schedule.offset_s),
		projectedEnd: schedule.projected_end ?? null,
		plannedEnd: schedule.planned_end ?? null,
		hardEnd: schedule.hard_end ?? null,
		message: newest
			? { id: newest.id, to: newest.to, from: newest.from ?? '', text: newest.text ?? '', seen: newest.acknowledged === true }
			: null,
		unseenMessages: unseen,
		// The newest message to the moderator not yet seen: what "mark seen" acknowledges.
		unseenForModerator: [...messages].reverse().find((m) => m.to === 'moderator' && !m.acknowledged)?.id ?? null,
		floorOpen: open.length,
		floorNext: firstRequest
			? { id: firstRequest.id ?? null, name: firstRequest.name ?? '', type: firstRequest.type_label ?? '' }
			: null,
	}
}

function aheadBehind(offset) {
	if (offset === null) return ''
	const whole = Math.round(offset)
	if (whole === 0) return 'on time'
	return whole > 0 ? `${clock(whole)} behind` : `${clock(-whole)} ahead`
}

function yesNo(flag) {
	return flag ? 'yes' : 'no'
}

/** Each variable's id, its name in Companion, and (README) what it shows. */
export const VARIABLES = Object.freeze([
	['connection', 'Link to the app: connected, connecting, link lost, wrong token, not set up'],
	['state', 'Show state: standby, running, wrap_up, final, overtime, paused, ended'],
	['state_label', 'Show state in words: RUNNING, WRAP UP, FINAL, OVERTIME, PAUSED… (LINK LOST)'],
	['time_left', 'Time left in the live segment: 12:00, +0:53 in overtime'],
	['time_left_s', 'Time left in the live segment, whole seconds (negative in overtime)'],
	['segment', 'The live segment (or the one GO starts)'],
	['segment_id', 'Its id'],
	['next_segment', 'The next segment'],
	['next_segment_id', 'Its id'],
	['speaker', 'Who has the floor'],
	['speaker_id', 'Their queue entry id'],
	['speaker_time', 'Their time left: 1:55, +0:10 over'],
	['speaker_time_s', 'Their time left, whole seconds (negative when over)'],
	['speaker_cue', 'Their cue: speaking, or paused while held'],
	['next_speaker', 'Who speaks next (the first in the queue still to speak)'],
	['next_speaker_id', 'Their queue entry id'],
	['next_speaker_time', 'Their allotted time: 3:00'],
	['next_speaker_time_s', 'Their allotted time, seconds'],
	['next_speaker_cue', 'Their cue: waiting, standby, ready'],
	['hard_stop_left', 'Time to the hard stop: 0:45:00, +2:00 past it'],
	['hard_stop_left_s', 'Time to the hard stop, whole seconds'],
	['hard_stop_over', 'How far the projected end lies past the hard stop: +3:00 (empty when it fits)'],
	['hard_stop_over_s', 'The same in seconds (negative: margin left)'],
	['ahead_behind', 'Against the plan: on time, 2:30 behind, 1:10 ahead'],
	['offset_s', 'Projected minus planned end, seconds (positive: behind)'],
	['projected_end', 'Projected end, HH:MM (the event’s time zone)'],
	['planned_end', 'Planned end, HH:MM'],
	['hard_stop', 'The hard stop, HH:MM'],
	['message', 'The newest message'],
	['message_to', 'To whom: moderator, speaker, stage'],
	['message_from', 'From whom'],
	['message_seen', 'Whether the newest message was seen: yes, no'],
	['messages_unseen', 'Messages to the moderator not yet seen'],
	['floor_requests', 'Requests for the floor still open'],
	['floor_request_next', 'The first open request in line (name)'],
	['floor_request_next_id', 'Its id'],
	['rehearsal', 'This run is a rehearsal: yes, no'],
	['clock', 'The show’s clock, HH:MM:SS (the rehearsal clock in a rehearsal)'],
	['event', 'The event’s title'],
])

const BLANK = '--:--'

/**
 * The values of every variable for a view (`readState`) and the link's state. Without a live link
 * the countdowns read `--:--`, never a time frozen at its last value.
 */
export function variableValues(view, link) {
	const values = Object.fromEntries(VARIABLES.map(([id]) => [id, '']))
	// A wrong token still follows the public view (the app sends it): its times are live.
	if (view !== null && (link === Link.CONNECTED || link === Link.WRONG_TOKEN)) {
		return { ...values, ...fill(view), connection: link }
	}
	values.connection = link
	values.state_label = WAITING_LABELS[link] ?? ''
	values.time_left = BLANK
	values.speaker_time = BLANK
	values.hard_stop_left = BLANK
	return values
}

const WAITING_LABELS = Object.freeze({
	[Link.CONNECTING]: 'CONNECTING',
	[Link.CONNECTED]: 'CONNECTING',
	[Link.LOST]: 'LINK LOST',
	[Link.NOT_SET]: 'NOT SET UP',
	[Link.WRONG_TOKEN]: 'WRONG TOKEN',
})

function fill(view) {
	const v = {}
	v.state = view.state
	v.state_label = STATE_LABELS[view.state]
	v.time_left = view.left_s === null ? '' : countdown(view.left_s)
	v.time_left_s = view.left_s === null ? '' : countdownSeconds(view.left_s)
	v.segment = view.segment?.title ?? ''
	v.segment_id = view.segment?.id ?? ''
	v.next_segment = view.next?.title ?? ''
	v.next_segment_id = view.next?.id ?? ''
	const sp = view.speaker
	v.speaker = sp?.name ?? ''
	v.speaker_id = sp?.id ?? ''
	v.speaker_time = sp && sp.left_s !== null ? countdown(sp.left_s) : ''
	v.speaker_time_s = sp && sp.left_s !== null ? countdownSeconds(sp.left_s) : ''
	v.speaker_cue = sp ? (sp.paused ? 'paused' : sp.cue) : ''
	const up = view.nextSpeaker
	v.next_speaker = up?.name ?? ''
	v.next_speaker_id = up?.id ?? ''
	v.next_speaker_time = up && up.allotted_s !== null ? clock(up.allotted_s) : ''
	v.next_speaker_time_s = up && up.allotted_s !== null ? Math.round(up.allotted_s) : ''
	v.next_speaker_cue = up?.cue ?? ''
	v.hard_stop_left = view.toHardStop_s === null ? '' : countdown(view.toHardStop_s)
	v.hard_stop_left_s = view.toHardStop_s === null ? '' : countdownSeconds(view.toHardStop_s)
	const over = view.overHardStop_s
	v.hard_stop_over = over !== null && over >= 1 ? `+${clock(over)}` : ''
	v.hard_stop_over_s = over === null ? '' : Math.round(over)
	v.ahead_behind = aheadBehind(view.offset_s)
	v.offset_s = view.offset_s === null ? '' : Math.round(view.offset_s)
	v.projected_end = timeOfDay(view.projectedEnd)
	v.planned_end = timeOfDay(view.plannedEnd)
	v.hard_stop = timeOfDay(view.hardEnd)
	const m = view.message
	v.message = m?.text ?? ''
	v.message_to = m?.to ?? ''
	v.message_from = m?.from ?? ''
	v.message_seen = m ? yesNo(m.seen) : ''
	v.messages_unseen = view.unseenMessages.moderator
	v.floor_requests = view.floorOpen
	v.floor_request_next = view.floorNext?.name ?? ''
	v.floor_request_next_id = view.floorNext?.id ?? ''
	v.rehearsal = yesNo(view.rehearsal)
	v.clock = timeOfDaySeconds(view.now)
	v.event = view.title
	return v
}
