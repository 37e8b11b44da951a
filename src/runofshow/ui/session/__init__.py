"""The running show's Qt side: the application's start-up, the controller (the core's pipeline on the
GUI thread), the run and its journal, the file watch, remote inputs (API, OSC) and the dialogs
of starting a run. It imports no window package."""
