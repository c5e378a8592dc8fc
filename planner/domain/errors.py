"""The one base exception for problems a user can act on."""


class PlannerError(Exception):
    """A problem with the user's input or files, explained in a sentence the user can act on.

    The message is in Indonesian, names the file, row or field, and says what is wrong. Anything
    that is not a ``PlannerError`` is a bug.
    """
