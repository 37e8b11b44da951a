// A stand-in for Companion's side of a module's process, speaking @companion-module/base's IPC
// (host-api/ipc-wrapper.js: {direction, name, payload, callbackId}, payloads as EJSON text, which
// for plain JSON is JSON): it starts src/main.js as Companion would, answers its registration,
// calls init, subscribes feedbacks, presses buttons, and records what the module shows.

import { spawn } from 'node:child_process'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const HERE = path.dirname(fileURLToPath(import.meta.url))
const MODULE = path.resolve(HERE, '..')

export function startModule() {
	const child = spawn(process.execPath, [path.join(MODULE, 'src', 'main.js')], {
		cwd: MODULE,
		env: {
			...process.env,
			MODULE_MANIFEST: path.join(MODULE, 'companion', 'manifest.json'),
			CONNECTION_ID: 'runofshow-test',
			VERIFICATION_TOKEN: 'verification-token',
		},
		stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
	})
	let output = ''
	child.stdout.on('data', (d) => (output += d))
	child.stderr.on('data', (d) => (output += d))
	const host = {
		child,
		output: () => output,
		registered: false,
		variables: {},
		variableNames: [],
		actions: [],
		feedbacks: [],
		presets: [],
		feedbackValues: {},
		statuses: [],
		logs: [],
	}
	let nextId = 1
	const waiting = new Map()
	const reply = (callbackId, success, payload) => {
		child.send({ direction: 'response', callbackId, success, payload: payload === undefined ? undefined : JSON.stringify(payload) })
	}
	child.on('message', (msg) => {
		if (msg.direction === 'response') {
			const pending = waiting.get(msg.callbackId)
			waiting.delete(msg.callbackId)
			const data = msg.payload ? JSON.parse(msg.payload) : undefined
			if (pending) (msg.success ? pending.resolve : pending.reject)(data)
			return
		}
		const data = msg.payload ? JSON.parse(msg.payload) : undefined
		switch (msg.name) {
			case 'register':
				host.registered = true
				break
			case 'setVariableDefinitions':
				host.variableNames = data.variables.map((v) => v.id)
				for (const { id, value } of data.newValues ?? []) host.variables[id] = value
				break
			case 'setVariableValues':
				for (const { id, value } of data.newValues) host.variables[id] = value
				break
			case 'setActionDefinitions':
				host.actions = data.actions
				break
			case 'setFeedbackDefinitions':
				host.feedbacks = data.feedbacks
				break
			case 'setPresetDefinitions':
				host.presets = data.presets
				break
			case 'updateFeedbackValues':
				for (const { id, value } of data.values) host.feedbackValues[id] = value
				break
			case 'set-status':
				host.statuses.push(data.status)
				break
			case 'log-message':
				host.logs.push(`${data.level}: ${data.message}`)
				break
			default:
				break
		}
		if (msg.callbackId) reply(msg.callbackId, true, undefined)
	})
	/** Call the module as Companion does; resolves with its answer. */
	host.call = (name, payload) =>
		new Promise((resolve, reject) => {
			const callbackId = nextId++
			waiting.set(callbackId, { resolve, reject })
			child.send({ direction: 'call', name, payload: JSON.stringify(payload), callbackId })
		})
	host.init = (config, secrets, label = 'ros') =>
		host.call('init', { label, isFirstInit: false, config, secrets, lastUpgradeIndex: -1, feedbacks: {}, actions: {} })
	/** Put feedbacks on a button: {instanceId: [feedbackId, options]}. */
	host.subscribe = (feedbacks) =>
		host.call('updateFeedbacks', {
			feedbacks: Object.fromEntries(
				Object.entries(feedbacks).map(([id, [feedbackId, options]]) => [
					id,
					{ id, controlId: 'bank:1:1', feedbackId, options, disabled: false, upgradeIndex: null, isInverted: false },
				]),
			),
		})
	host.press = (actionId, options = {}) =>
		host.call('executeAction', {
			action: { id: `a${nextId}`, controlId: 'bank:1:1', actionId, options, disabled: false, upgradeIndex: null },
			surfaceId: undefined,
		})
	host.stop = async () => {
		if (child.exitCode !== null || child.signalCode !== null) return
		const exited = new Promise((resolve) => child.once('exit', resolve))
		await host.call('destroy', {}).catch(() => undefined)
		child.kill('SIGTERM')
		await exited
	}
	return host
}
