"""``python -m planner``: the command line."""

import sys

from planner.app import main

sys.exit(main())
