// The module as Companion runs it (its own process, Companion's IPC; testing/host.js plays Companion)
// against the real app: the variables and feedbacks Companion receives, and the presses it makes.

import assert from 'node:assert/strict'
import { test } from 'node:test'

import { STATE_COLOURS } from '../src/feedbacks.js'
import { TOKEN, startApp, timeCommand, until } from '../testing/app.js'
import { startModule } from '../testing/host.js'

test('in Companion: variables follow a press within 200 ms, overtime turns the button red, a lost app shows "link lost"', async () => {
	const app = await startApp()
	const host = startModule()
	try {
		await until(() => host.registered, 10000, `the module registers: ${host.output()}`)
		await host.init({ host: '127.0.0.1', port: app.port }, { token: TOKEN })
		await host.subscribe({
			colour: ['state_colour', {}],
			overtime: ['state_is', { state: 'overtime' }],
			lost: ['link_lost', {}],
		})
		await until(() => host.variables.connection === 'connected', 10000, 'connected')
		assert.equal(host.variables.state, 'standby')
		assert.equal(host.variables.segment, 'Opening remarks')
		assert.ok(host.variableNames.includes('time_left') && host.variableNames.includes('floor_requests'))
		assert.ok(host.actions.some((a) => a.id === 'speaker_next'))
		// The presets name this connection's label in their variables.
		const toggle = host.presets.find((p) => p.id === 'toggle')
		assert.equal(toggle.style.text, '$(ros:time_left)\\n$(ros:state_label)')
		await until(() => host.feedbackValues.lost === false, 2000, 'link_lost off')
		assert.equal(host.statuses.at(-1), 'ok')

		const { answer, afterPress, afterAnswer } = await timeCommand(
			() => host.press('toggle'),
			() => host.variables.state === 'running',
			'running',
		)
		assert.equal(answer.success, true)
		assert.ok(afterAnswer < 200, `the variable changed ${afterAnswer.toFixed(0)} ms after the app's answer`)
		assert.ok(afterPress < 5000, `the variable changed ${afterPress.toFixed(0)} ms after the press`)
		await until(() => host.feedbackValues.colour?.bgcolor === STATE_COLOURS.running.bgcolor, 1000, 'green')

		// Two seconds left of the opening: overtime by the app's own clock.
		assert.equal((await host.press('add_time', { seconds: -358 })).success, true)
		await until(() => host.variables.state === 'overtime', 5000, 'overtime')
		await until(() => host.feedbackValues.overtime === true, 1000, 'overtime feedback')
		assert.deepEqual(host.feedbackValues.colour, STATE_COLOURS.overtime)
		assert.match(host.variables.time_left, /^(\+0:0\d|0:00)$/)

		// A press the app refuses fails the action with the app's words.
		const refused = await host.press('goto', { segment: 'nowhere' })
		assert.equal(refused.success, false)
		assert.match(refused.errorMessage, /no segment with id 'nowhere'/)

		app.kill()
		await until(() => host.variables.connection === 'link lost', 1000, 'link lost')
		await until(() => host.feedbackValues.lost === true, 1000, 'link lost feedback')
		assert.equal(host.variables.time_left, '--:--')
		assert.equal(host.statuses.at(-1), 'connection_failure')
	} finally {
		await host.stop()
		await app.stop()
	}
})

test('in Companion: a connection without a token says what is missing', async () => {
	const host = startModule()
	try {
		await until(() => host.registered, 10000, 'the module registers')
		await host.init({ host: '127.0.0.1', port: 8765 }, { token: '' })
		await until(() => host.variables.connection === 'not set up', 2000, 'not set up')
		assert.equal(host.statuses.at(-1), 'bad_config')
		const pressed = await host.press('next')
		assert.equal(pressed.success, false)
		assert.match(pressed.errorMessage, /not set up/)
	} finally {
		await host.stop()
	}
})
