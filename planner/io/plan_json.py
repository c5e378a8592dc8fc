"""The agency profile and policy as plain JSON objects, shared by plan files and the demo."""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

from planner.domain.circular import UNIT_SCOPE, QuotaScope, ScopeKind
from planner.domain.nip import Nip
from planner.domain.plan import AgencyProfile, Signatory
from planner.domain.policy import AgencyPolicy, Severity


def profile_to_json(profile: AgencyProfile) -> dict[str, Any]:
    """The profile as a JSON object."""
    data = asdict(profile)
    data["letterhead"] = list(profile.letterhead)
    return data


def profile_from_json(data: dict[str, Any]) -> AgencyProfile:
    """The profile from a JSON object; missing fields stay empty."""
    acknowledger = data.get("acknowledger")
    return AgencyProfile(
        letterhead=tuple(str(line) for line in data.get("letterhead", ())),
        address=data.get("address", ""),
        phone=data.get("phone", ""),
        email=data.get("email", ""),
        website=data.get("website", ""),
        city=data.get("city", ""),
        logo=data.get("logo", ""),
        signatory=Signatory(**data.get("signatory", {})),
        acknowledger=Signatory(**acknowledger) if acknowledger else None,
        time_zone=str(data.get("time_zone", "")),
    )


def policy_to_json(policy: AgencyPolicy) -> dict[str, Any]:
    """The policy as a JSON object."""
    return {
        "remote_cap_percent": policy.remote_cap_percent,
        "remote_cap_severity": policy.remote_cap_severity.value,
        "min_office_per_unit": policy.min_office_per_unit,
        "min_office_severity": policy.min_office_severity.value,
        "exclusive_pairs": [list(pair) for pair in policy.exclusive_pairs],
        "pairs_severity": policy.pairs_severity.value,
        "quota_scope": policy.quota_scope.key if policy.quota_scope else None,
        "quota_scope_severity": policy.quota_scope_severity.value,
        "risk_zone": policy.risk_zone,
        "count_non_asn": policy.count_non_asn,
    }


def policy_from_json(data: dict[str, Any], *, old_quota_level: int | bool | None = False) -> AgencyPolicy:
    """The policy from a JSON object; a missing rule is not checked, a missing severity is a warning.

    ``old_quota_level`` is the "quota level" of a plan file written before quota scopes
    belonged to the circular (None for each smallest unit); such a file has no ``quota_scope``
    key, and its level becomes the agency's finer scope at error severity, so nothing is
    loosened silently (DOMAIN §3a). ``False`` when there is no such level (the demo).
    """
    scope_key = data.get("quota_scope")
    migrated = "quota_scope" not in data and old_quota_level is not False
    if migrated:
        scope: QuotaScope | None = (
            UNIT_SCOPE if old_quota_level is None else QuotaScope(ScopeKind.LEVEL, int(old_quota_level) + 1)
        )
    else:
        scope = QuotaScope.from_key(scope_key) if isinstance(scope_key, str) else None
    return AgencyPolicy(
        quota_scope=scope,
        quota_scope_severity=Severity.ERROR if migrated else Severity(data.get("quota_scope_severity", "warning")),
        quota_scope_migrated=migrated,
        risk_zone=data.get("risk_zone"),
        remote_cap_percent=data.get("remote_cap_percent"),
        remote_cap_severity=Severity(data.get("remote_cap_severity", "warning")),
        min_office_per_unit=data.get("min_office_per_unit"),
        min_office_severity=Severity(data.get("min_office_severity", "warning")),
        exclusive_pairs=tuple((Nip(a), Nip(b)) for a, b in data.get("exclusive_pairs", ())),
        pairs_severity=Severity(data.get("pairs_severity", "warning")),
        count_non_asn=bool(data.get("count_non_asn", False)),
    )
