"""The recap's sentences: counts by rule in words, problems one line each."""

from __future__ import annotations

from planner.recap.model import ProblemCode, RecapProblem, RuleCount
from planner.recap.wording import describe_counts, describe_problem


def test_counts_by_rule_read_as_words_and_warnings_say_so() -> None:
    counts = (RuleCount("error", "remote_max", 306), RuleCount("warning", "policy_min_office", 4))
    assert (
        describe_counts(counts)
        == "jarak jauh melebihi batas 306, di kantor kurang dari minimum instansi 4 (peringatan)"
    )
    assert describe_counts(()) == "tidak ada masalah"
    assert describe_counts((RuleCount("error", "agency_quota", 2),)) == "agency_quota 2"


def test_a_folder_with_many_other_files_names_five_and_counts_the_rest() -> None:
    names = tuple(f"berkas-{n}.docx" for n in range(8))
    line = describe_problem(RecapProblem(ProblemCode.OTHER_FILES, "kiriman", others=names))
    assert line == (
        "Folder kiriman: 8 berkas bukan rencana (.jadwal atau ekspor .xlsx) dilewati: "
        "berkas-0.docx, berkas-1.docx, berkas-2.docx, berkas-3.docx, berkas-4.docx dan 3 lainnya."
    )
