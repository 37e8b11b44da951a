"""Preparing: the plan editor, a new event, importing the organisers' agenda, saving the plan."""
