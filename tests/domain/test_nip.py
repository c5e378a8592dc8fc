"""NIP and NI PPPK validation (DOMAIN §5)."""

from __future__ import annotations

import datetime as dt

import pytest

from planner.domain.nip import Employment, NipProblem, check_nip, format_nip, is_internal_number

TODAY = dt.date(2026, 11, 23)


@pytest.mark.parametrize(
    "text",
    ["198609262015051001", "19860926 201505 1 001", "19860926.201505.1.001", " 19860926 201505 2 001 "],
)
def test_a_pns_nip_is_accepted_with_spaces_or_dots(text: str) -> None:
    check = check_nip(text, today=TODAY)
    assert check.ok, check.explain()
    assert check.employment is Employment.PNS
    assert check.nip.startswith("198609262015051") or check.nip.startswith("198609262015052")


def test_a_pppk_number_is_recognised_by_digit_13() -> None:
    check = check_nip("199001152021211003", today=TODAY)
    assert check.ok, check.explain()
    assert check.employment is Employment.PPPK


def test_the_uncertain_digit_14_of_a_pppk_number_is_never_a_reason_to_refuse() -> None:
    for digit in "0123456789":
        assert check_nip(f"199001152021 2{digit}1003".replace(" ", ""), today=TODAY).ok


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("", NipProblem.EMPTY),
        ("19860926201505100", NipProblem.LENGTH),  # 17 digits
        ("1986092620150510011", NipProblem.LENGTH),  # 19 digits
        ("1.98609262015051E+17", NipProblem.SCIENTIFIC),
        ("1,98609E+17", NipProblem.SCIENTIFIC),
        ("19860926 2015O5 1 001", NipProblem.NOT_DIGITS),
        ("198602302015051001", NipProblem.BIRTH_DATE),  # 30 February
        ("198609262015131001", NipProblem.APPOINTMENT_MONTH),
        ("198609262015001001", NipProblem.APPOINTMENT_MONTH),
        ("198609262027011001", NipProblem.APPOINTMENT_FUTURE),
        ("198609261980011001", NipProblem.APPOINTMENT_BEFORE_BIRTH),
        ("198609262015053001", NipProblem.GENDER),
        ("198609262015051000", NipProblem.SERIAL),
        ("199001152027211003", NipProblem.APPOINTMENT_FUTURE),  # PPPK appointed next year
    ],
)
def test_a_bad_number_is_refused_with_its_reason(text: str, problem: NipProblem) -> None:
    check = check_nip(text, today=TODAY)
    assert not check.ok
    assert problem in check.problems
    assert problem.value in check.explain()


def test_a_number_in_scientific_notation_says_digits_were_lost_and_how_to_fix_it() -> None:
    message = check_nip("1.98609262015051E+17", today=TODAY).explain()
    assert "digit NIP hilang" in message
    assert "Teks" in message


def test_nip_is_written_with_spaces_on_documents() -> None:
    assert format_nip("198609262015051001") == "19860926 201505 1 001"


@pytest.mark.parametrize(
    "text",
    ["198609262015051001", "19860926 201505 1 001", " 19860926.201505.1.001 ", "19860926\t201505 1\u00a0001"],
)
def test_spaces_dots_and_other_blanks_between_the_digits_are_read_past(text: str) -> None:
    check = check_nip(text, today=TODAY)
    assert check.ok, check.explain()
    assert check.digits == "198609262015051001"


def test_an_e_that_is_no_exponent_is_not_taken_for_a_lost_number() -> None:
    assert check_nip("19860926 2015e5 1 001", today=TODAY).problems == (NipProblem.NOT_DIGITS,)
    assert check_nip("1.98609262015051e17", today=TODAY).problems == (NipProblem.SCIENTIFIC,)


def test_only_the_internal_form_is_an_internal_number() -> None:
    assert is_internal_number("NA-3F2A9C0B1D4E5F60")
    assert not is_internal_number("na-3f2a9c0b1d4e5f60")
    assert not is_internal_number("NA-3F2A9C0B1D4E5F6")
    assert not is_internal_number("198609262015051001")
    assert not is_internal_number("XNA-3F2A9C0B1D4E5F60")
