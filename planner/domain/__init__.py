"""The words of the trade, in pure Python: circulars, rosters, plans, the calendar and validation.

Nothing in this package imports Qt, pandas, reportlab or sqlite3 (an import-linter contract in
pyproject.toml keeps it so), so scripts and the command line can use it without a screen.
"""
