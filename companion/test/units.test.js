// The module's plain parts, without the app or Companion: times, the state → variables mapping,
// the commands a press sends, and that presets, README and manifest agree with the definitions.

import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, test } from 'node:test'
import { fileURLToPath } from 'node:url'

import base from '@companion-module/base'

import { ACTIONS, ButtonError, buildCommand } from '../src/commands.js'
import { linkSettings } from '../src/config.js'
import { FEEDBACKS, STATE_COLOURS } from '../src/feedbacks.js'
import { countdown, countdownSeconds, timeOfDay } from '../src/format.js'
import { feedUrl } from '../src/link.js'
import { presetDefinitions } from '../src/presets.js'
import { Link, VARIABLES, readState, variableValues } from '../src/state.js'

const MODULE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

function speaker(id, name, cue, extra = {}) {
	return { id, name, cue, allotted_s: 180, paused: false, ...extra }
}

/** A state frame shaped as GET /api/v1/state's (docs/api.md), trimmed to what the module reads. */
function frame(overrides = {}) {
	return {
		version: 1,
		event: { title: 'Roundtable' },
		now: '2025-10-26T14:10:05.250+07:00',
		rehearsal: false,
		running: true,
		ended: false,
		live_segment: 'panel',
		current_segment: 'panel',
		next_segment: 'close',
		live_remaining_s: 125.4,
		schedule: {
			planned_end: '2025-10-26T14:45:00.000+07:00',
			projected_end: '2025-10-26T14:47:30.000+07:00',
			offset_s: 150,
			hard_end: '2025-10-26T14:45:00.000+07:00',
			to_hard_end_s: 2094.75,
			over_hard_end_s: 150,
			another_day: false,
		},
		segments: [
			{ id: 'open', title: 'Opening', phase: 'done', speakers: [] },
			{
				id: 'panel',
				title: 'Panel',
				phase: 'wrap_up',
				speakers: [
					speaker('a', 'Ms A', 'done'),
					speaker('b', 'Mr B', 'speaking'),
					speaker('c', 'Dr C', 'skipped'),
					speaker('d', 'Ms D', 'standby', { allotted_s: 150 }),
					speaker('e', 'Mr E', 'waiting'),
				],
			},
			{ id: 'close', title: 'Closing', phase: 'standby', speakers: [speaker('z', 'Host', 'waiting')] },
		],
		live_speaker: 'b',
		speaker_remaining_s: -10.2,
		messages: [
			{ id: 'm1', to: 'moderator', from: 'stage', text: 'old', acknowledged: true },
			{ id: 'm2', to: 'moderator', from: 'booth', text: 'SLOW DOWN', acknowledged: false },
			{ id: 'm3', to: 'speaker', from: 'stage', text: 'PLEASE CONCLUDE', acknowledged: false },
		],
		floor_requests: [
			{ id: 'r1', segment: 'close', name: 'Later', status: 'open', place: 1, type_label: 'Question' },
			{ id: 'r2', segment: 'panel', name: 'Second', status: 'open', place: 2, type_label: 'Question' },
			{ id: 'r3', segment: 'panel', name: 'First', status: 'open', place: 1, type_label: 'Statement' },
			{ id: 'r4', segment: 'panel', name: 'Done', status: 'accepted', place: 1, type_label: 'Statement' },
		],
		...overrides,
	}
}

describe('times read as the window shows them', () => {
	test('countdowns round up while time is left and count whole seconds over', () => {
		assert.equal(countdown(125.4), '2:06')
		assert.equal(countdown(0.2), '0:01')
		assert.equal(countdown(0), '0:00')
		assert.equal(countdown(-0.7), '0:00')
		assert.equal(countdown(-53.2), '+0:53')
		assert.equal(countdown(3725), '1:02:05')
		assert.equal(countdownSeconds(125.4), 126)
		assert.equal(countdownSeconds(-53.2), -53)
		assert.equal(countdownSeconds(-0.2), 0)
	})
	test("a time of day is read in the event's zone, as written", () => {
		assert.equal(timeOfDay('2025-10-26T14:47:30.000+07:00'), '14:47')
		assert.equal(timeOfDay(null), '')
	})
})

describe('a state frame as variables', () => {
	test('the show, the speakers, the schedule, messages and requests', () => {
		const v = variableValues(readState(frame()), Link.CONNECTED)
		assert.equal(v.connection, 'connected')
		assert.equal(v.state, 'wrap_up')
		assert.equal(v.state_label, 'WRAP UP')
		assert.equal(v.time_left, '2:06')
		assert.equal(v.time_left_s, 126)
		assert.equal(v.segment, 'Panel')
		assert.equal(v.next_segment, 'Closing')
		assert.equal(v.next_segment_id, 'close')
		assert.equal(v.speaker, 'Mr B')
		assert.equal(v.speaker_time, '+0:10')
		assert.equal(v.speaker_time_s, -10)
		assert.equal(v.speaker_cue, 'speaking')
		// The next speaker is the first still to speak: done and skipped entries are passed over.
		assert.equal(v.next_speaker, 'Ms D')
		assert.equal(v.next_speaker_id, 'd')
		assert.equal(v.next_speaker_time, '2:30')
		assert.equal(v.next_speaker_time_s, 150)
		assert.equal(v.next_speaker_cue, 'standby')
		assert.equal(v.hard_stop_left, '34:55')
		assert.equal(v.hard_stop_over, '+2:30')
		assert.equal(v.ahead_behind, '2:30 behind')
		assert.equal(v.offset_s, 150)
		assert.equal(v.projected_end, '14:47')
		assert.equal(v.planned_end, '14:45')
		assert.equal(v.hard_stop, '14:45')
		assert.equal(v.message, 'PLEASE CONCLUDE')
		assert.equal(v.message_to, 'speaker')
		assert.equal(v.message_seen, 'no')
		assert.equal(v.messages_unseen, 1)
		// Requests: the open ones; the first in line is the live segment's place 1.
		assert.equal(v.floor_requests, 3)
		assert.equal(v.floor_request_next, 'First')
		assert.equal(v.floor_request_next_id, 'r3')
		assert.equal(v.rehearsal, 'no')
		assert.equal(v.clock, '14:10:05')
		assert.equal(v.event, 'Roundtable')
		assert.deepEqual(Object.keys(v).sort(), VARIABLES.map(([id]) => id).sort())
	})

	test('standby, paused, ended, a held speaker, ahead of time', () => {
		assert.equal(readState(frame({ live_segment: null, running: false })).state, 'standby')
		assert.equal(readState(frame({ running: false })).state, 'paused')
		assert.equal(readState(frame({ ended: true })).state, 'ended')
		const held = frame()
		held.segments[1].speakers[1].paused = true
		assert.equal(variableValues(readState(held), Link.CONNECTED).speaker_cue, 'paused')
		const early = frame({ schedule: { ...frame().schedule, offset_s: -70.4, over_hard_end_s: -300 } })
		const v = variableValues(readState(early), Link.CONNECTED)
		assert.equal(v.ahead_behind, '1:10 ahead')
		assert.equal(v.hard_stop_over, '')
		assert.equal(variableValues(readState(frame({ schedule: { ...frame().schedule, offset_s: 0.3 } })), Link.CONNECTED).ahead_behind, 'on time')
	})

	test('before the show: the current segment and its first speaker', () => {
		const v = variableValues(readState(frame({ live_segment: null, running: false, live_remaining_s: null, live_speaker: null })), Link.CONNECTED)
		assert.equal(v.state, 'standby')
		assert.equal(v.time_left, '')
		assert.equal(v.speaker, '')
		assert.equal(v.segment, 'Panel')
		assert.equal(v.next_speaker, 'Ms D')
	})

	test('the public view (a wrong token) lists waiting requests without status', () => {
		const view = readState(frame({ public: true, floor_requests: [{ name: 'Ann', place: 2 }, { name: 'Bo', place: 1 }] }))
		assert.equal(view.public, true)
		const v = variableValues(view, Link.WRONG_TOKEN)
		assert.equal(v.connection, 'wrong token')
		assert.equal(v.floor_requests, 2)
		assert.equal(v.floor_request_next, 'Bo')
	})

	test('without a live link no countdown is shown, only the words', () => {
		for (const [link, label] of [
			[Link.LOST, 'LINK LOST'],
			[Link.CONNECTING, 'CONNECTING'],
			[Link.NOT_SET, 'NOT SET UP'],
		]) {
			const v = variableValues(readState(frame()), link)
			assert.equal(v.connection, link)
			assert.equal(v.state_label, label)
			assert.equal(v.time_left, '--:--')
			assert.equal(v.speaker_time, '--:--')
			assert.equal(v.state, '')
		}
	})
})

describe('feedbacks', () => {
	const view = readState(frame())
	test('colour by state, and nothing when the link is down', () => {
		assert.deepEqual(FEEDBACKS.state_colour.evaluate({}, view, Link.CONNECTED), STATE_COLOURS.wrap_up)
		assert.deepEqual(FEEDBACKS.state_colour.evaluate({}, readState(frame({ live_segment: null })), Link.CONNECTED), {})
		assert.deepEqual(FEEDBACKS.state_colour.evaluate({}, view, Link.LOST), {})
		assert.equal(FEEDBACKS.link_lost.evaluate({}, view, Link.LOST), true)
		assert.equal(FEEDBACKS.link_lost.evaluate({}, view, Link.CONNECTED), false)
	})
	test("a speaker's cue, over time, messages, the hard stop, requests", () => {
		const on = (id, options = {}) => FEEDBACKS[id].evaluate(options, view, Link.CONNECTED)
		assert.equal(on('speaker_cue', { who: 'next', cue: 'standby' }), true)
		assert.equal(on('speaker_cue', { who: 'next', cue: 'ready' }), false)
		assert.equal(on('speaker_cue', { who: 'speaker', cue: 'speaking' }), true)
		assert.equal(on('speaker_cue', { who: 'entry', speaker: 'c', cue: 'skipped' }), true)
		assert.equal(on('speaker_over'), true)
		assert.equal(on('message_unseen', { to: 'moderator' }), true)
		assert.equal(on('message_unseen', { to: 'stage' }), false)
		assert.equal(on('over_hard_stop', { margin: 0 }), true)
		const fits = readState(frame({ schedule: { ...frame().schedule, over_hard_end_s: -120 } }))
		assert.equal(FEEDBACKS.over_hard_stop.evaluate({ margin: 0 }, fits, Link.CONNECTED), false)
		assert.equal(FEEDBACKS.over_hard_stop.evaluate({ margin: 300 }, fits, Link.CONNECTED), true)
		assert.equal(on('floor_requests_open'), true)
		assert.equal(on('state_is', { state: 'wrap_up' }), true)
	})
})

describe('presses as commands', () => {
	const view = readState(frame())
	test('each action builds the command the app documents', () => {
		assert.deepEqual(buildCommand('toggle', {}, view), { action: 'toggle' })
		assert.deepEqual(buildCommand('add_time', { seconds: -60 }, view), { action: 'add_time', seconds: -60 })
		assert.deepEqual(buildCommand('add_time', { seconds: '90' }, view), { action: 'add_time', seconds: 90 })
		assert.deepEqual(buildCommand('speaker_time', { seconds: 30 }, view), { action: 'speaker_time', seconds: 30 })
		assert.deepEqual(buildCommand('speaker_cue', { cue: 'ready', speaker: '' }, view), { action: 'speaker_cue', speaker: 'd', cue: 'ready' })
		assert.deepEqual(buildCommand('speaker_cue', { cue: 'standby', speaker: ' e ' }, view), { action: 'speaker_cue', speaker: 'e', cue: 'standby' })
		assert.deepEqual(buildCommand('message', { to: 'speaker', text: ' 2 MINUTES ' }, view), { action: 'message', to: 'speaker', text: '2 MINUTES' })
		assert.deepEqual(buildCommand('message_ack', { id: '' }, view), { action: 'message_ack', id: 'm2' })
		assert.deepEqual(buildCommand('floor_accept', { request: '' }, view), { action: 'floor_accept', request: 'r3' })
		assert.deepEqual(buildCommand('floor_decline', { request: 'r2', reason: 'time is up' }, view), {
			action: 'floor_decline',
			request: 'r2',
			reason: 'time is up',
		})
		assert.deepEqual(buildCommand('goto', { segment: 'close' }, view), { action: 'goto', segment: 'close' })
	})
	test('a press that cannot become a command says why and sends nothing', () => {
		const none = readState(frame({ messages: [], floor_requests: [], segments: [{ id: 'panel', title: 'P', phase: 'running', speakers: [] }] }))
		for (const [id, options, words] of [
			['add_time', { seconds: 0 }, /whole number/],
			['add_time', { seconds: 1.5 }, /whole number/],
			['add_time', { seconds: 'soon' }, /whole number/],
			['speaker_cue', { cue: 'ready', speaker: '' }, /no one is waiting/],
			['speaker_cue', { cue: 'speaking', speaker: 'd' }, /no cue/],
			['message', { to: 'moderator', text: '  ' }, /no text/],
			['message', { to: 'everyone', text: 'hi' }, /no recipient/],
			['message_ack', { id: '' }, /no message/],
			['floor_accept', { request: '' }, /no request/],
			['goto', { segment: '' }, /segment id/],
			['bogus', {}, /no action/],
		]) {
			assert.throws(() => buildCommand(id, options, none), (error) => error instanceof ButtonError && words.test(error.message), id)
		}
	})
	test("every action is one the app's API documents", () => {
		const rows = readFileSync(path.join(MODULE, '..', 'docs', 'api.md'), 'utf8')
			.split('\n')
			.filter((line) => line.startsWith('| `'))
			.map((line) => line.split('|')[1])
		for (const id of Object.keys(ACTIONS)) {
			const sent = buildCommand(id, sampleOptions(id), view).action
			assert.ok(rows.some((cell) => cell.includes(`\`${sent}\``)), `docs/api.md has no action '${sent}'`)
		}
	})
})

function sampleOptions(id) {
	const options = {}
	for (const field of ACTIONS[id].options) options[field.id] = field.default
	if (id === 'goto') options.segment = 'close'
	if (id === 'message') options.text = 'hello'
	return options
}

describe('the definitions agree', () => {
	const presets = presetDefinitions('ros')
	test('every action has a preset, and every preset presses real actions with valid options', () => {
		const pressed = new Set()
		const view = readState(frame())
		for (const [name, preset] of Object.entries(presets)) {
			for (const step of preset.steps) {
				for (const { actionId, options } of step.down) {
					assert.ok(actionId in ACTIONS, `${name}: no action ${actionId}`)
					pressed.add(actionId)
					const filled = { ...sampleOptions(actionId), ...options }
					if (actionId !== 'goto') assert.doesNotThrow(() => buildCommand(actionId, filled, view), name)
				}
			}
			for (const { feedbackId } of preset.feedbacks) assert.ok(feedbackId in FEEDBACKS, `${name}: no feedback ${feedbackId}`)
			for (const [, id] of preset.style.text.matchAll(/\$\(ros:([a-z_]+)\)/g)) {
				assert.ok(VARIABLES.some(([v]) => v === id), `${name}: no variable ${id}`)
			}
		}
		assert.deepEqual([...pressed].sort(), Object.keys(ACTIONS).sort())
	})
	test('every option has a default', () => {
		for (const [id, d] of [...Object.entries(ACTIONS), ...Object.entries(FEEDBACKS)]) {
			for (const field of d.options) assert.ok('default' in field, `${id}.${field.id}`)
		}
	})
	test('companion/README.md lists every variable, feedback and action', () => {
		const readme = readFileSync(path.join(MODULE, 'README.md'), 'utf8')
		for (const [id] of VARIABLES) assert.ok(readme.includes(`\`${id}\``), `README lacks variable ${id}`)
		for (const id of Object.keys(FEEDBACKS)) assert.ok(readme.includes(`\`${id}\``), `README lacks feedback ${id}`)
		for (const id of Object.keys(ACTIONS)) assert.ok(readme.includes(`\`${id}\``), `README lacks action ${id}`)
	})
	test("the manifest is valid for Companion and names this module's entry point", () => {
		const manifest = JSON.parse(readFileSync(path.join(MODULE, 'companion', 'manifest.json'), 'utf8'))
		base.validateManifest(manifest, false)
		const pkg = JSON.parse(readFileSync(path.join(MODULE, 'package.json'), 'utf8'))
		assert.equal(path.resolve(MODULE, 'companion', manifest.runtime.entrypoint), path.resolve(MODULE, pkg.main))
		assert.equal(manifest.version, pkg.version)
	})
})

describe('settings', () => {
	test('host, port and token are all needed; IPv6 goes in brackets', () => {
		assert.deepEqual(linkSettings({ host: ' 10.0.0.5 ', port: 8765 }, { token: 't' }), { host: '10.0.0.5', port: 8765, token: 't' })
		assert.match(linkSettings({ host: '', port: 8765 }, { token: 't' }).problem, /host/)
		assert.match(linkSettings({ host: 'h', port: 0 }, { token: 't' }).problem, /port/)
		assert.match(linkSettings({ host: 'h', port: 1 }, {}).problem, /token/)
		assert.equal(feedUrl('::1', 8765), 'ws://[::1]:8765/api/v1/ws')
		assert.equal(feedUrl('192.168.1.20', 8765), 'ws://192.168.1.20:8765/api/v1/ws')
	})
})
