// Ready buttons: one (or more) per action, their text from the variables, their colour from the
// feedbacks. Every countdown button also carries "link lost", so a dead link never shows a time.

import { rgb, STATE_COLOURS } from './feedbacks.js'

const WHITE = rgb(255, 255, 255)
const BLACK = rgb(0, 0, 0)
const AMBER = rgb(0xff, 0xb3, 0x00)

function button(category, name, text, actions, feedbacks = [], size = 'auto') {
	return {
		type: 'button',
		category,
		name,
		style: { text, size, color: WHITE, bgcolor: BLACK },
		steps: [{ down: actions.map(([actionId, options = {}]) => ({ actionId, options })), up: [] }],
		feedbacks: [...feedbacks, { feedbackId: 'link_lost', options: {} }],
	}
}

const stateColour = { feedbackId: 'state_colour', options: {} }

/** The presets for a connection labelled `label` (its variables are `$(label:…)`). */
export function presetDefinitions(label) {
	const v = (id) => `$(${label}:${id})`
	const p = {}
	// The show
	p.toggle = button('Show', 'Start / pause, showing the time left and the state', `${v('time_left')}\\n${v('state_label')}`, [['toggle']], [stateColour])
	p.start = button('Show', 'Start or resume', 'START', [['start']], [stateColour])
	p.pause = button('Show', 'Pause', 'PAUSE', [['pause']], [
		{ feedbackId: 'state_is', options: { state: 'paused' }, style: { ...STATE_COLOURS.paused } },
	])
	p.next = button('Show', 'Next segment', `NEXT\\n${v('next_segment')}`, [['next']])
	p.previous = button('Show', 'Previous segment', '◀◀ BACK', [['previous']])
	p.goto = button('Show', 'Go to a segment (set its id)', 'GO TO\\n(segment)', [['goto', { segment: '' }]])
	p.add_1m = button('Show', 'Add a minute', '+1 MIN', [['add_time', { seconds: 60 }]], [], '18')
	p.remove_1m = button('Show', 'Remove a minute', '−1 MIN', [['add_time', { seconds: -60 }]], [], '18')
	p.add_5m = button('Show', 'Add five minutes', '+5 MIN', [['add_time', { seconds: 300 }]], [], '18')
	p.undo = button('Show', 'Undo this deck’s last change', 'UNDO', [['undo']])
	// Speakers
	p.speaker_next = button('Speakers', 'Give the floor to the next speaker', `GO\\n${v('next_speaker')}`, [['speaker_next']], [
		{ feedbackId: 'speaker_cue', options: { who: 'next', cue: 'ready', speaker: '' } },
	])
	p.speaker_stop = button('Speakers', 'End the current turn', `END TURN\\n${v('speaker')}`, [['speaker_stop']])
	p.speaker_pause = button('Speakers', 'Hold the speaker', 'HOLD\\nSPEAKER', [['speaker_pause']], [
		{ feedbackId: 'speaker_cue', options: { who: 'speaker', cue: 'speaking', speaker: '' }, style: { bgcolor: rgb(0x2e, 0x7d, 0x32), color: WHITE } },
	])
	p.speaker_resume = button('Speakers', 'Resume the held speaker', 'RESUME\\nSPEAKER', [['speaker_resume']])
	p.speaker_add_30 = button('Speakers', "30 seconds more for the speaker", 'SPEAKER\\n+30 S', [['speaker_time', { seconds: 30 }]])
	p.speaker_remove_30 = button('Speakers', "30 seconds less for the speaker", 'SPEAKER\\n−30 S', [['speaker_time', { seconds: -30 }]])
	p.speaker_time = button('Speakers', 'Who has the floor and their time (press: end the turn)', `${v('speaker')}\\n${v('speaker_time')}`, [['speaker_stop']], [
		{ feedbackId: 'speaker_over', options: {} },
	])
	p.cue_standby = button('Speakers', 'Cue the next speaker: standby', `STANDBY\\n${v('next_speaker')}`, [['speaker_cue', { cue: 'standby', speaker: '' }]], [
		{ feedbackId: 'speaker_cue', options: { who: 'next', cue: 'standby', speaker: '' }, style: { bgcolor: AMBER, color: BLACK } },
	])
	p.cue_ready = button('Speakers', 'Cue the next speaker: ready', `READY\\n${v('next_speaker')}`, [['speaker_cue', { cue: 'ready', speaker: '' }]], [
		{ feedbackId: 'speaker_cue', options: { who: 'next', cue: 'ready', speaker: '' } },
	])
	p.cue_waiting = button('Speakers', 'Cue the next speaker back to waiting', `WAITING\\n${v('next_speaker')}`, [['speaker_cue', { cue: 'waiting', speaker: '' }]])
	// Messages
	p.msg_conclude = button('Messages', 'PLEASE CONCLUDE to the speaker’s screen', 'PLEASE\\nCONCLUDE', [['message', { to: 'speaker', text: 'PLEASE CONCLUDE' }]], [
		{ feedbackId: 'message_unseen', options: { to: 'speaker' } },
	])
	p.msg_two_minutes = button('Messages', '2 MINUTES to the speaker’s screen', '2 MIN\\nTO SPEAKER', [['message', { to: 'speaker', text: '2 MINUTES' }]])
	p.msg_moderator = button('Messages', 'A message to the moderator (set its text)', 'MSG TO\\nMODERATOR', [['message', { to: 'moderator', text: 'Please wrap up' }]], [
		{ feedbackId: 'message_unseen', options: { to: 'moderator' } },
	])
	p.msg_seen = button('Messages', 'The newest message, red until seen (press: mark it seen)', `MSG\\n${v('message')}`, [['message_ack', { id: '' }]], [
		{ feedbackId: 'message_unseen', options: { to: 'moderator' } },
	])
	// The floor
	p.floor_accept = button('Floor', 'Accept the first request in line', `ACCEPT\\n${v('floor_request_next')}`, [['floor_accept', { request: '' }]], [
		{ feedbackId: 'floor_requests_open', options: {} },
	])
	p.floor_decline = button('Floor', 'Decline the first request in line', `DECLINE\\n${v('floor_request_next')}`, [['floor_decline', { request: '', reason: '' }]])
	// What the show looks like (no action)
	p.status_state = button('Status', 'The state in words and colour', `${v('state_label')}\\n${v('segment')}`, [], [stateColour])
	p.status_hard_stop = button('Status', 'Time to the hard stop; red when the projected end lies past it', `HARD STOP\\n${v('hard_stop_left')}`, [], [
		{ feedbackId: 'over_hard_stop', options: { margin: 0 } },
	])
	p.status_schedule = button('Status', 'Ahead or behind, and the projected end', `${v('ahead_behind')}\\nEND ${v('projected_end')}`, [], [
		{ feedbackId: 'over_hard_stop', options: { margin: 0 } },
	])
	p.status_link = button('Status', 'The link to the app', `LINK\\n${v('connection')}`, [])
	return p
}
