"""The grid and its document.

The open plan with its undo stack (``document``), the user operations on it (``operations``),
the grid's model and view, the problems list (``issues``) and the change history.
"""
