"""Compute: figures, schedules and the per-document content steps (report, meeting kit, portfolio rows)."""
