"""The team portfolio as a workbook (xlsx) and a deck (pptx), drawn from computed portfolio rows."""
