// Upgrade scripts for saved buttons when an action's or feedback's options change shape. None yet:
// the first version's ids and options are the contract (companion/README.md).
export const UpgradeScripts = []
