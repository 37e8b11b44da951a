// Times as the app's window shows them (src/runofshow/core/durations.py), so a button and the
// moderator's screen never disagree by a second.

/** Whole seconds as `m:ss` or `h:mm:ss` (no sign). */
export function clock(seconds) {
	const total = Math.trunc(Math.abs(seconds))
	const h = Math.floor(total / 3600)
	const m = Math.floor((total % 3600) / 60)
	const s = total % 60
	const ss = String(s).padStart(2, '0')
	return h ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`
}

/**
 * The countdown's whole seconds: rounded up while time is left (`0:01` until the last second is
 * really gone), whole seconds past zero in overtime (negative).
 */
export function countdownSeconds(remaining) {
	if (remaining > 0) return Math.ceil(remaining - 1e-9)
	const over = Math.floor(-remaining + 1e-9)
	return over === 0 ? 0 : -over
}

/** `4:05` while time is left, `0:00` at zero, `+1:12` in overtime. */
export function countdown(remaining) {
	const whole = countdownSeconds(remaining)
	return whole < 0 ? `+${clock(-whole)}` : clock(whole)
}

/**
 * `HH:MM` of an ISO 8601 time as the app wrote it: already in the event's zone, so the text is
 * read as it is, never converted to the zone of the computer running Companion.
 */
export function timeOfDay(iso) {
	if (typeof iso !== 'string') return ''
	const match = /T(\d{2}):(\d{2})/.exec(iso)
	return match ? `${match[1]}:${match[2]}` : ''
}

/** `HH:MM:SS` of an ISO 8601 time, read as written (the event's zone). */
export function timeOfDaySeconds(iso) {
	if (typeof iso !== 'string') return ''
	const match = /T(\d{2}):(\d{2}):(\d{2})/.exec(iso)
	return match ? `${match[1]}:${match[2]}:${match[3]}` : ''
}
