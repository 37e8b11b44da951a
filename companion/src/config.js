// The connection's settings in Companion: where the app runs and its token.

export const DEFAULT_PORT = 8765

export function configFields() {
	return [
		{
			type: 'static-text',
			id: 'about',
			width: 12,
			label: 'runofshow',
			value:
				'Start the show with --serve (e.g. runofshow EVENT.yaml --serve 8765, or --serve 0.0.0.0:8765 for a Companion on another computer) and give the token it prints: the control token for every button, the stage token for cues and messages only.',
		},
		{ type: 'textinput', id: 'host', label: 'Host (the app’s computer)', width: 8, default: '127.0.0.1', required: true },
		{ type: 'number', id: 'port', label: 'Port (--serve)', width: 4, default: DEFAULT_PORT, min: 1, max: 65535 },
		{ type: 'secret-text', id: 'token', label: 'Token (--token)', width: 12, default: '', required: true },
	]
}

/** The link's settings from Companion's config and secrets, or the words saying what is missing. */
export function linkSettings(config, secrets) {
	const host = typeof config?.host === 'string' ? config.host.trim() : ''
	const port = Number(config?.port)
	const token = typeof secrets?.token === 'string' ? secrets.token.trim() : typeof config?.token === 'string' ? config.token.trim() : ''
	if (!host) return { problem: 'give the host of the app' }
	if (!Number.isInteger(port) || port < 1 || port > 65535) return { problem: 'give the port the app serves on (--serve)' }
	if (!token) return { problem: 'give the token the app printed (--token)' }
	return { host, port, token }
}
