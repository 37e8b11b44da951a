// The module's link and state mapping against the real app (started by each test): what a button
// shows follows the show within 200 ms, turns red in overtime, and says "link lost" when the app
// is gone, killed or silently cut off.

import assert from 'node:assert/strict'
import net from 'node:net'
import { after, before, describe, test } from 'node:test'

import { buildCommand } from '../src/commands.js'
import { FEEDBACKS, STATE_COLOURS } from '../src/feedbacks.js'
import { ShowLink, feedUrl } from '../src/link.js'
import { Link, readState, variableValues } from '../src/state.js'
import { TOKEN, startApp, timeCommand, until } from '../testing/app.js'

/** A link as the module runs it, keeping the newest values as Companion would show them. */
function follow(port, token = TOKEN, timing = {}) {
	const seen = { view: null, link: Link.CONNECTING, values: variableValues(null, Link.CONNECTING), states: 0 }
	const link = new ShowLink({
		url: feedUrl('127.0.0.1', port),
		token,
		timing,
		onState: (frame) => {
			seen.view = readState(frame)
			seen.states += 1
			seen.values = variableValues(seen.view, seen.link)
		},
		onLink: (state) => {
			seen.link = state
			seen.values = variableValues(seen.view, state)
		},
	})
	seen.feedback = (id, options = {}) => FEEDBACKS[id].evaluate(options, seen.view, seen.link)
	link.start()
	return { link, seen }
}

describe('against the running app', () => {
	let app
	before(async () => {
		app = await startApp()
	})
	after(async () => {
		await app?.stop()
	})

	test('the variables follow a command from the module within 200 ms', async () => {
		const { link, seen } = follow(app.port)
		try {
			await until(() => seen.link === Link.CONNECTED, 10000, 'connected')
			assert.equal(seen.values.state, 'standby')
			assert.equal(seen.values.segment, 'Opening remarks')
			assert.equal(seen.values.next_speaker, 'Moderator (placeholder)')
			assert.equal(seen.values.rehearsal, 'no')
			const { answer, afterPress, afterAnswer } = await timeCommand(
				() => link.send(buildCommand('toggle', {}, seen.view)),
				() => seen.values.state === 'running',
				'state running',
			)
			assert.equal(answer.ok, true)
			assert.ok(afterAnswer < 200, `the state showed ${afterAnswer.toFixed(0)} ms after the app's answer`)
			assert.ok(afterPress < 5000, `the state showed ${afterPress.toFixed(0)} ms after the press`)
			assert.match(seen.values.time_left, /^[56]:\d\d$/)
			assert.equal(seen.values.state_label, 'RUNNING')
			assert.deepEqual(seen.feedback('state_colour'), STATE_COLOURS.running)
		} finally {
			link.stop()
		}
	})

	test('the variables follow a command from anyone else within 200 ms', async () => {
		const { link, seen } = follow(app.port)
		try {
			await until(() => seen.link === Link.CONNECTED, 10000, 'connected')
			const before = seen.values.next_speaker
			const cued = seen.view.nextSpeaker.id
			const { answer, afterAnswer } = await timeCommand(
				() => app.command({ action: 'speaker_cue', speaker: cued, cue: 'ready' }),
				() => seen.values.next_speaker_cue === 'ready',
				'next speaker ready',
			)
			assert.equal(answer.status, 200)
			assert.ok(afterAnswer < 200, `the cue showed ${afterAnswer.toFixed(0)} ms after the app's answer`)
			assert.equal(seen.feedback('speaker_cue', { who: 'next', cue: 'ready' }), true)
			// GO: the cued speaker has the floor, the one after becomes the next.
			await link.send(buildCommand('speaker_next', {}, seen.view))
			await until(() => seen.values.speaker === before, 1000, 'speaker has the floor')
			assert.equal(seen.values.speaker_cue, 'speaking')
			assert.match(seen.values.speaker_time, /^[01]:\d\d$/)
			assert.equal(seen.values.next_speaker, 'Host representative (placeholder)')
			assert.equal(seen.values.next_speaker_time, '5:00')
			assert.equal(seen.values.next_speaker_cue, 'waiting')
		} finally {
			link.stop()
		}
	})

	test('a message shows unseen, then seen once acknowledged; a refused command says why', async () => {
		const { link, seen } = follow(app.port)
		try {
			await until(() => seen.link === Link.CONNECTED, 10000, 'connected')
			await link.send(buildCommand('message', { to: 'moderator', text: 'Mic 2 is dead' }, seen.view))
			await until(() => seen.values.message === 'Mic 2 is dead', 1000, 'message shown')
			assert.equal(seen.values.message_seen, 'no')
			assert.equal(seen.values.messages_unseen, 1)
			assert.equal(seen.feedback('message_unseen', { to: 'moderator' }), true)
			await link.send(buildCommand('message_ack', {}, seen.view))
			await until(() => seen.values.message_seen === 'yes', 1000, 'message seen')
			assert.equal(seen.feedback('message_unseen', { to: 'moderator' }), false)
			await assert.rejects(link.send({ action: 'goto', segment: 'nowhere' }), /no segment with id 'nowhere'/)
		} finally {
			link.stop()
		}
	})

	test('a request for the floor can be accepted from a button', async () => {
		const { link, seen } = follow(app.port)
		try {
			await until(() => seen.link === Link.CONNECTED, 10000, 'connected')
			const asked = await app.command({ action: 'floor_request', name: 'Ms Tran', type: 'question' })
			assert.equal(asked.status, 200)
			await until(() => seen.values.floor_request_next === 'Ms Tran', 1000, 'request shown')
			assert.equal(seen.values.floor_requests, 1)
			assert.equal(seen.feedback('floor_requests_open'), true)
			await link.send(buildCommand('floor_accept', { request: '' }, seen.view))
			await until(() => seen.values.floor_requests === 0, 1000, 'request accepted')
			assert.ok(seen.view.queue.some((p) => p.name === 'Ms Tran'))
		} finally {
			link.stop()
		}
	})

	test('a wrong token follows the public view and says so', async () => {
		const { link, seen } = follow(app.port, 'not-the-token-at-all')
		try {
			await until(() => seen.link === Link.WRONG_TOKEN, 10000, 'wrong token')
			assert.equal(seen.values.connection, 'wrong token')
			assert.equal(seen.values.state, 'running') // the public view still has the clock
			await assert.rejects(link.send({ action: 'next' }), /auth/)
		} finally {
			link.stop()
		}
	})
})

test('the state turns to overtime and the feedback red', async () => {
	const app = await startApp()
	const { link, seen } = follow(app.port)
	try {
		await until(() => seen.link === Link.CONNECTED, 10000, 'connected')
		await link.send({ action: 'start' })
		// The 6-minute opening keeps a second and a half: overtime on the app's own clock.
		await link.send({ action: 'add_time', seconds: -(360 - 1.5) })
		await until(() => seen.values.state === 'overtime', 5000, 'overtime')
		assert.equal(seen.values.state_label, 'OVERTIME')
		assert.match(seen.values.time_left, /^(\+0:0\d|0:00)$/)
		assert.ok(seen.values.time_left_s <= 0)
		assert.deepEqual(seen.feedback('state_colour'), STATE_COLOURS.overtime)
		assert.equal(seen.feedback('state_is', { state: 'overtime' }), true)
		assert.equal(seen.feedback('state_is', { state: 'running' }), false)
		// The user's own colours win over the window's.
		assert.deepEqual(seen.feedback('state_colour', { overtime_bg: 0x123456, overtime_text: 0xabcdef }), {
			bgcolor: 0x123456,
			color: 0xabcdef,
		})
	} finally {
		link.stop()
		await app.stop()
	}
})

test('a killed app shows "link lost" at once, and the link comes back with the app', async () => {
	const app = await startApp()
	const { link, seen } = follow(app.port)
	let again
	try {
		await until(() => seen.link === Link.CONNECTED, 10000, 'connected')
		await link.send({ action: 'start' })
		await until(() => seen.values.state === 'running', 1000, 'running')
		app.kill()
		await until(() => seen.link === Link.LOST, 1000, 'link lost')
		assert.equal(seen.values.connection, 'link lost')
		assert.equal(seen.values.state_label, 'LINK LOST')
		assert.equal(seen.values.time_left, '--:--') // never a countdown frozen at its last value
		assert.equal(seen.feedback('link_lost'), true)
		assert.deepEqual(seen.feedback('state_colour'), {})
		await assert.rejects(link.send({ action: 'next' }), /no link/)
		// The show started again on the same port: the buttons follow it again by themselves.
		again = await startApp('--serve', `127.0.0.1:${app.port}`)
		await until(() => seen.link === Link.CONNECTED, 15000, 'connected again')
		assert.equal(seen.feedback('link_lost'), false)
	} finally {
		link.stop()
		await again?.stop()
		await app.stop()
	}
})

test('a link cut without a word (no FIN, no RST) shows "link lost" within six seconds', async () => {
	const app = await startApp()
	// A proxy that can go silent: what a laptop dropping off the Wi-Fi looks like to Companion.
	let silent = false
	const sockets = new Set()
	const proxy = net.createServer((client) => {
		const upstream = net.connect(app.port, '127.0.0.1')
		sockets.add(client).add(upstream)
		client.on('data', (d) => silent || upstream.write(d))
		upstream.on('data', (d) => silent || client.write(d))
		for (const s of [client, upstream]) s.on('error', () => undefined)
	})
	await new Promise((resolve) => proxy.listen(0, '127.0.0.1', resolve))
	const { link, seen } = follow(proxy.address().port)
	try {
		await until(() => seen.link === Link.CONNECTED, 10000, 'connected')
		silent = true
		// Nothing heard for 5 s (TIMING.deadAfter), found at the next check (each second).
		const took = await until(() => seen.link === Link.LOST, 8000, 'link lost')
		assert.ok(took < 6000 + 500, `link lost shown after ${took.toFixed(0)} ms`)
		assert.equal(seen.values.time_left, '--:--')
	} finally {
		link.stop()
		for (const s of sockets) s.destroy()
		proxy.close()
		await app.stop()
	}
})
