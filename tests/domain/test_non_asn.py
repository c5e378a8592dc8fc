"""Non-ASN staff (PPNPN, honorer): internal numbers, the flag, and how the NIP check treats them."""

from __future__ import annotations

import datetime as dt

import pytest

from planner.domain.nip import Employment, NipNotice, NipProblem, check_nip, is_internal_number, new_internal_number
from planner.domain.roster import StaffMember, UnitId

TODAY = dt.date(2026, 1, 1)


def test_internal_numbers_have_the_fixed_form_and_do_not_repeat() -> None:
    numbers = {new_internal_number() for _ in range(1000)}
    assert len(numbers) == 1000
    assert all(is_internal_number(number) and number.startswith("NA-") and len(number) == 19 for number in numbers)


def test_an_internal_number_is_accepted_only_for_non_asn_staff() -> None:
    number = new_internal_number()
    assert check_nip(number, non_asn=True, today=TODAY).employment is Employment.NON_ASN
    assert check_nip(number, non_asn=True, today=TODAY).ok
    assert check_nip(number, today=TODAY).problems == (NipProblem.INTERNAL_FOR_ASN,)
    assert check_nip("198609262015051001", non_asn=True, today=TODAY).problems == (NipProblem.NON_ASN_NEEDS_INTERNAL,)


def test_staff_member_refuses_a_number_that_does_not_match_the_flag() -> None:
    StaffMember(new_internal_number(), "Sopir", UnitId("u"), non_asn=True)
    with pytest.raises(ValueError, match="ASN tidak boleh"):
        StaffMember(new_internal_number(), "Sopir", UnitId("u"))
    with pytest.raises(ValueError, match="non-ASN harus"):
        StaffMember(check_nip("198609262015051001", today=TODAY).nip, "Ani", UnitId("u"), non_asn=True)


def test_an_unusual_pppk_digit_14_is_a_notice_never_a_refusal() -> None:
    usual = check_nip("199005152022211001", today=TODAY)
    unusual = check_nip("199005152022271001", today=TODAY)
    assert usual.ok
    assert usual.employment is Employment.PPPK
    assert usual.notices == ()
    assert unusual.ok
    assert unusual.notices == (NipNotice.PPPK_DIGIT_14,)
    assert check_nip("198609262015051001", today=TODAY).notices == ()
