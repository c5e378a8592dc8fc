"""The agency's own policy on top of a circular: stricter caps and extra rules (DOMAIN §3)."""

from __future__ import annotations

import enum
from dataclasses import dataclass

from planner.domain.circular import QuotaScope
from planner.domain.nip import Nip


class Severity(enum.Enum):
    """How a violation is shown. A circular's own rules are always errors."""

    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True, slots=True)
class AgencyPolicy:
    """Rules the head of the agency adds; each is checked only when set."""

    remote_cap_percent: int | None = None
    """A lower remote cap than the circular's (40 %, 30 %), for every category allowed remote work."""
    remote_cap_severity: Severity = Severity.WARNING
    min_office_per_unit: int | None = None
    """At least this many in the office per unit per day (a unit smaller than this needs all its staff)."""
    min_office_severity: Severity = Severity.WARNING
    exclusive_pairs: tuple[tuple[Nip, Nip], ...] = ()
    """Pairs of people who may not both work remotely on the same day (a unit head and the deputy)."""
    pairs_severity: Severity = Severity.WARNING
    quota_scope: QuotaScope | None = None
    """A finer scope the agency also counts the circular's percentages over (every unit, a unit level);
    None for the circular's own scope only (DOMAIN §3a)."""
    quota_scope_severity: Severity = Severity.WARNING
    quota_scope_migrated: bool = False
    """True when ``quota_scope`` was read from an older plan's "quota level" setting (at error
    severity, so nothing is loosened silently); the window and the command line say so once."""
    risk_zone: str | None = None
    """The region's risk zone for a circular whose rules follow it (SE MenPANRB 67/2020: "hijau", "kuning" …)."""
    count_non_asn: bool = False
    """Whether non-ASN staff (PPNPN, honorer) count in the quotas; the circulars speak of ASN, so by default not."""
