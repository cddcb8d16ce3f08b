"""Render: each document written from its computed content (kickoff, meetings, report, portfolio)."""
