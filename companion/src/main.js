// The Companion glue: Companion's instance calls into the plain modules (state, commands,
// feedbacks, presets, link) and nothing else happens here.

import { InstanceBase, InstanceStatus, runEntrypoint } from '@companion-module/base'

import { ACTIONS, ButtonError, buildCommand } from './commands.js'
import { configFields, linkSettings } from './config.js'
import { FEEDBACKS, FEEDBACK_IDS } from './feedbacks.js'
import { CommandFailed, ShowLink, feedUrl } from './link.js'
import { presetDefinitions } from './presets.js'
import { Link, VARIABLES, readState, variableValues } from './state.js'
import { UpgradeScripts } from './upgrades.js'

const STATUS = {
	[Link.CONNECTING]: InstanceStatus.Connecting,
	[Link.CONNECTED]: InstanceStatus.Ok,
	[Link.WRONG_TOKEN]: InstanceStatus.AuthenticationFailure,
	[Link.LOST]: InstanceStatus.ConnectionFailure,
	[Link.NOT_SET]: InstanceStatus.BadConfig,
}

class RunOfShowInstance extends InstanceBase {
	async init(config, _isFirstInit, secrets) {
		this.view = null
		this.linkState = Link.NOT_SET
		this.shown = {}
		this.showLink = null
		this.setVariableDefinitions(VARIABLES.map(([variableId, name]) => ({ variableId, name })))
		this.setActionDefinitions(this.actionDefinitions())
		this.setFeedbackDefinitions(this.feedbackDefinitions())
		this.setPresetDefinitions(presetDefinitions(this.label))
		this.connect(config, secrets)
	}

	async configUpdated(config, secrets) {
		this.setPresetDefinitions(presetDefinitions(this.label))
		this.connect(config, secrets)
	}

	async destroy() {
		this.showLink?.stop()
		this.showLink = null
	}

	getConfigFields() {
		return configFields()
	}

	connect(config, secrets) {
		this.showLink?.stop()
		this.showLink = null
		this.view = null
		const settings = linkSettings(config, secrets)
		if (settings.problem) {
			this.onLink(Link.NOT_SET, settings.problem)
			return
		}
		this.onLink(Link.CONNECTING, `connecting to ${settings.host}:${settings.port}`)
		this.showLink = new ShowLink({
			url: feedUrl(settings.host, settings.port),
			token: settings.token,
			onState: (frame) => this.onState(frame),
			onLink: (link, why) => this.onLink(link, why),
			log: (level, text) => this.log(level, text),
		})
		this.showLink.start()
	}

	onState(frame) {
		this.view = readState(frame)
		this.publish()
	}

	onLink(link, why) {
		this.linkState = link
		this.updateStatus(STATUS[link], link === Link.CONNECTED ? null : why)
		if (link === Link.LOST) this.log('warn', `link lost: ${why}`)
		this.publish()
	}

	/** Send only the variables that changed, then let the feedbacks look again. */
	publish() {
		const values = variableValues(this.view, this.linkState)
		const changed = {}
		for (const [id, value] of Object.entries(values)) {
			if (this.shown[id] !== value) changed[id] = value
		}
		this.shown = values
		if (Object.keys(changed).length) this.setVariableValues(changed)
		this.checkFeedbacks(...FEEDBACK_IDS)
	}

	actionDefinitions() {
		const definitions = {}
		for (const [id, action] of Object.entries(ACTIONS)) {
			definitions[id] = {
				name: action.name,
				options: action.options,
				// A press that cannot apply is said in the connection's log and fails the action (Companion
				// shows the action as failed), with the app's own words when the app refused it.
				callback: async (event) => {
					try {
						const command = buildCommand(id, event.options, this.view)
						if (!this.showLink) throw new ButtonError('not sent: the connection is not set up')
						await this.showLink.send(command)
					} catch (error) {
						if (!(error instanceof ButtonError || error instanceof CommandFailed)) throw error
						this.log('warn', `${action.name}: ${error.message}`)
						throw new Error(error.message)
					}
				},
			}
		}
		return definitions
	}

	feedbackDefinitions() {
		const definitions = {}
		for (const [id, feedback] of Object.entries(FEEDBACKS)) {
			const { evaluate, ...rest } = feedback
			definitions[id] = { ...rest, callback: (event) => evaluate(event.options, this.view, this.linkState) }
		}
		return definitions
	}
}

runEntrypoint(RunOfShowInstance, UpgradeScripts)
