"""Load: read a client folder (plan YAML, actuals, notes), validate it and report every problem at once."""
