"""The meeting kit: a reusable DOCX per meeting (from templates) and its calendar series (ICS)."""

from __future__ import annotations

from plangen.render.meetings.render import render_meeting, render_meetings, template_for

__all__ = ["render_meeting", "render_meetings", "template_for"]
