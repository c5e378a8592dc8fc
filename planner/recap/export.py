"""Writing a recap to the file its name asks for: .xlsx, .pdf or .csv."""

from __future__ import annotations

from pathlib import Path

from planner.domain.errors import PlannerError
from planner.recap.build import Recap

SUFFIXES = (".xlsx", ".pdf", ".csv")


def write_recap(recap: Recap, path: Path) -> None:
    """Write ``recap`` at ``path`` in the format its suffix names.

    Raises:
        PlannerError: an unknown suffix, or the file cannot be written.
    """
    suffix = path.suffix.lower()
    if suffix == ".xlsx":
        from planner.recap.xlsx import write_recap_xlsx  # noqa: PLC0415 - openpyxl only when asked for

        write_recap_xlsx(recap, path)
    elif suffix == ".pdf":
        from planner.recap.pdf import write_recap_pdf  # noqa: PLC0415 - reportlab only when asked for

        write_recap_pdf(recap, path)
    elif suffix == ".csv":
        from planner.recap.tables import write_csv  # noqa: PLC0415 - see above

        write_csv(recap, path)
    else:
        raise PlannerError(f"{path.name}: rekap hanya ke .xlsx (buku kerja), .pdf (laporan) atau .csv (baris per hari)")
