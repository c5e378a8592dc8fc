"""Start Jadwal Kerja ASN: ``python main.py`` or ``python main.py COMMAND`` (see ``--help``)."""

import sys

from planner.app import main

if __name__ == "__main__":
    sys.exit(main())
