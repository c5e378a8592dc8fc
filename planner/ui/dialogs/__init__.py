"""The plan's dialogs.

Staff and units, the agency profile, plan settings, a new plan, importing a staff list,
automatic filling, copying a pattern, and the recap of several plans.
"""
