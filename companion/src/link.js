// The link to the app: one WebSocket on its live feed (ws://HOST:PORT/api/v1/ws, docs/network.md)
// with the token in the upgrade's Authorization header. States come in on every change and each
// second while the show runs; commands go out on the same socket, each with a request_id so a
// resent press is applied once. No Companion here: the tests drive it against the real app.

import { randomUUID } from 'node:crypto'
import WebSocket from 'ws'

import { Link, isState } from './state.js'

/** Defaults, in milliseconds. */
export const TIMING = Object.freeze({
	pingEvery: 1000, // a ping a second: a half-open link (a laptop off the Wi-Fi) is found quickly
	deadAfter: 5000, // nothing heard for this long (no state, no pong): the link is lost; not less, so a
	// show laptop busy for a few seconds (a reload, a heavy repaint) is not called lost
	answerWithin: 8000, // the app answers within 5 s (else 503), plus the network
	retryFirst: 300, // reconnect after a loss, doubling up to retryMost
	retryMost: 3000,
	handshake: 3000,
})

/** Largest state frame taken (the app's state of a long event with many speakers is large). */
export const MAX_FRAME_BYTES = 16 * 1024 * 1024

export class CommandFailed extends Error {
	constructor(message, answer) {
		super(message)
		this.answer = answer
	}
}

export function feedUrl(host, port) {
	const h = String(host ?? '').trim()
	// An IPv6 address goes in brackets; a name or IPv4 address as it is.
	const name = h.includes(':') && !h.startsWith('[') ? `[${h}]` : h
	return `ws://${name}:${Number(port)}/api/v1/ws`
}

export class ShowLink {
	/**
	 * @param {object} o
	 * @param {string} o.url the feed's URL (feedUrl)
	 * @param {string} o.token the app's token (control, or the stage/floor token for their buttons)
	 * @param {(frame: object) => void} o.onState each state frame
	 * @param {(link: string, why: string) => void} o.onLink each change of the link's state
	 * @param {(level: string, text: string) => void} [o.log]
	 */
	constructor({ url, token, onState, onLink, log = () => undefined, timing = {} }) {
		this.url = url
		this.token = token
		this.onState = onState
		this.onLink = onLink
		this.log = log
		this.timing = { ...TIMING, ...timing }
		this.link = Link.CONNECTING
		this._socket = null
		this._pending = [] // commands sent, oldest first: answers come back in order on one socket
		this._stopped = true
		this._retry = this.timing.retryFirst
		this._retryTimer = null
		this._pingTimer = null
		this._heard = 0
	}

	start() {
		this._stopped = false
		this._connect()
	}

	stop() {
		this._stopped = true
		clearTimeout(this._retryTimer)
		clearInterval(this._pingTimer)
		const socket = this._socket
		this._socket = null
		if (socket) {
			socket.removeAllListeners()
			socket.on('error', () => undefined)
			socket.terminate()
		}
		this._failPending('the link was closed')
	}

	_set(link, why) {
		if (link === this.link) return
		this.link = link
		this.onLink(link, why)
	}

	_connect() {
		if (this._stopped) return
		const socket = new WebSocket(this.url, {
			headers: { Authorization: `Bearer ${this.token}` },
			handshakeTimeout: this.timing.handshake,
			maxPayload: MAX_FRAME_BYTES,
			perMessageDeflate: false,
		})
		this._socket = socket
		socket.on('open', () => {
			this._heard = Date.now()
			this._retry = this.timing.retryFirst
			clearInterval(this._pingTimer)
			this._pingTimer = setInterval(() => this._checkAlive(socket), this.timing.pingEvery)
		})
		socket.on('message', (data, isBinary) => {
			this._heard = Date.now()
			if (isBinary) return
			let frame
			try {
				frame = JSON.parse(data.toString('utf8'))
			} catch {
				this.log('warn', 'the app sent a frame that is not JSON')
				return
			}
			if (isState(frame)) {
				// The state first, then the link's change: "connected" is never shown before the values
				// that come with it. A token the app did not take gets the public view: say so, and
				// still follow it.
				this.onState(frame)
				this._set(frame.public === true ? Link.WRONG_TOKEN : Link.CONNECTED, 'state received')
			} else {
				this._answer(frame)
			}
		})
		socket.on('pong', () => {
			this._heard = Date.now()
		})
		socket.on('unexpected-response', (_request, response) => {
			this.log('warn', `the app refused the feed: HTTP ${response.statusCode}`)
			response.resume()
			socket.terminate()
		})
		socket.on('error', (error) => {
			this.log('debug', `feed: ${error.message}`)
		})
		socket.on('close', () => {
			if (this._socket !== socket) return
			this._socket = null
			clearInterval(this._pingTimer)
			this._failPending('link lost before the answer came: the command may or may not have been applied')
			this._set(Link.LOST, 'the feed closed')
			this._scheduleRetry()
		})
	}

	_checkAlive(socket) {
		if (socket !== this._socket) return
		if (Date.now() - this._heard > this.timing.deadAfter) {
			this.log('warn', `nothing from the app for ${this.timing.deadAfter} ms: the link is lost`)
			socket.terminate() // 'close' follows: link lost, then reconnect
			return
		}
		if (socket.readyState === WebSocket.OPEN) socket.ping()
	}

	_scheduleRetry() {
		if (this._stopped) return
		clearTimeout(this._retryTimer)
		const wait = this._retry
		this._retry = Math.min(this._retry * 2, this.timing.retryMost)
		this._retryTimer = setTimeout(() => this._connect(), wait)
	}

	/**
	 * Send a command (the JSON of POST /api/v1/command); resolves with the app's answer when it is
	 * `ok`, rejects with CommandFailed carrying the app's words when it is refused or the link fails.
	 */
	send(command) {
		const socket = this._socket
		if (!socket || socket.readyState !== WebSocket.OPEN || this.link === Link.LOST) {
			return Promise.reject(new CommandFailed('not sent: no link to the app'))
		}
		const requestId = randomUUID()
		return new Promise((resolve, reject) => {
			const entry = { requestId, resolve, reject, timer: null }
			entry.timer = setTimeout(() => {
				this._pending = this._pending.filter((p) => p !== entry)
				reject(new CommandFailed('no answer from the app in time: the command may or may not have been applied'))
			}, this.timing.answerWithin)
			this._pending.push(entry)
			socket.send(JSON.stringify({ ...command, request_id: requestId }), (error) => {
				if (error) this._settle(entry, null, new CommandFailed(`not sent: ${error.message}`))
			})
		})
	}

	_answer(answer) {
		if (answer === null || typeof answer !== 'object') return
		// The app answers in order on one socket; an echoed request_id, when there is one, decides.
		const index =
			typeof answer.request_id === 'string'
				? this._pending.findIndex((p) => p.requestId === answer.request_id)
				: this._pending.length
					? 0
					: -1
		if (index < 0) return
		const entry = this._pending[index]
		if (answer.ok === true) this._settle(entry, answer, null)
		else this._settle(entry, null, new CommandFailed(String(answer.error ?? 'refused'), answer))
	}

	_settle(entry, answer, error) {
		const at = this._pending.indexOf(entry)
		if (at < 0) return
		this._pending.splice(at, 1)
		clearTimeout(entry.timer)
		if (error) entry.reject(error)
		else entry.resolve(answer)
	}

	_failPending(why) {
		const pending = this._pending
		this._pending = []
		for (const entry of pending) {
			clearTimeout(entry.timer)
			entry.reject(new CommandFailed(why))
		}
	}
}
