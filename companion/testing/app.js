// Starts the real app (python -m runofshow EVENT --serve 127.0.0.1:0) for the end-to-end tests,
// offscreen, with a user dir of its own, and reads the address it prints.

import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const HERE = path.dirname(fileURLToPath(import.meta.url))
export const REPO = path.resolve(HERE, '..', '..')
export const EXAMPLE = path.join(REPO, 'resources', 'examples', 'roundtable-2025-10-26.yaml')
export const TOKEN = 'companion-test-token-1234'

/** The app, with `base` (http://127.0.0.1:PORT/api/v1), `port`, `command()`, `state()`, `kill()`. */
export async function startApp(...extra) {
	const home = mkdtempSync(path.join(tmpdir(), 'runofshow-companion-'))
	const python = process.env.RUNOFSHOW_PYTHON || 'python3'
	const env = {
		...process.env,
		QT_QPA_PLATFORM: 'offscreen',
		PYTHONUNBUFFERED: '1',
		RUNOFSHOW_HOME: home,
		LC_ALL: 'C.UTF-8',
		// This checkout's app, whatever else is installed.
		PYTHONPATH: [path.join(REPO, 'src'), process.env.PYTHONPATH].filter(Boolean).join(path.delimiter),
	}
	const child = spawn(python, ['-m', 'runofshow', EXAMPLE, '--serve', '127.0.0.1:0', '--token', TOKEN, ...extra], {
		env,
		stdio: ['ignore', 'pipe', 'pipe'],
	})
	let stderr = ''
	child.stderr.on('data', (chunk) => {
		stderr += chunk
	})
	const base = await new Promise((resolve, reject) => {
		let out = ''
		const timer = setTimeout(() => reject(new Error(`the app did not start in 60 s: ${out}${stderr}`)), 60000)
		child.stdout.on('data', (chunk) => {
			out += chunk
			const match = /control API at (\S+?)\/?\s/.exec(out)
			if (match) {
				clearTimeout(timer)
				resolve(match[1])
			}
		})
		child.on('exit', (code) => {
			clearTimeout(timer)
			reject(new Error(`the app exited (${code}) before serving: ${out}${stderr}`))
		})
	})
	child.stdout.resume()
	const port = Number(new URL(base).port)
	const app = {
		base,
		port,
		child,
		stderr: () => stderr,
		async command(payload, token = TOKEN) {
			const response = await fetch(`${base}/command`, {
				method: 'POST',
				headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
				body: JSON.stringify(payload),
			})
			return { status: response.status, body: await response.json() }
		},
		async state(token = TOKEN) {
			const response = await fetch(`${base}/state`, { headers: { Authorization: `Bearer ${token}` } })
			return response.json()
		},
		/** SIGKILL: the app dies as a crash or a pulled plug would leave it. */
		kill() {
			child.kill('SIGKILL')
		},
		async stop() {
			if (child.exitCode === null && child.signalCode === null) {
				const exited = new Promise((resolve) => child.once('exit', resolve))
				child.kill('SIGTERM')
				const timer = setTimeout(() => child.kill('SIGKILL'), 20000)
				await exited
				clearTimeout(timer)
			}
			rmSync(home, { recursive: true, force: true })
		},
	}
	return app
}

/**
 * Times a command: how long after the press, and after the app's answer (the command journaled and
 * applied), `shown()` first held. The 200 ms bound is on the second: on a busy two-core machine the
 * app's own fsync before it answers can take longer than that by itself.
 */
export async function timeCommand(press, shown, what) {
	const pressed = performance.now()
	const seen = until(shown, 8000, what)
	const answer = await press()
	const answered = performance.now()
	const afterPress = await seen
	return { answer, afterPress, afterAnswer: pressed + afterPress - answered }
}

/** Resolves when `predicate()` holds (checked every 2 ms) with the ms it took, or rejects after `ms`. */
export function until(predicate, ms, what) {
	return new Promise((resolve, reject) => {
		const started = performance.now()
		const check = () => {
			let value
			try {
				value = predicate()
			} catch (error) {
				reject(error)
				return
			}
			if (value) {
				resolve(performance.now() - started)
				return
			}
			if (performance.now() - started > ms) {
				reject(new Error(`not within ${ms} ms: ${what}`))
				return
			}
			setTimeout(check, 2)
		}
		check()
	})
}
