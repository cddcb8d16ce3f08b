"""The evaluator report's content step: one month's figures, tables and sentences as a `ReportContent`."""
