"""Staff lists laid out as SIASN, BKN and SIMPEG export them (DOMAIN §5), built for tests and benchmarks.

The column names follow the public descriptions of these exports; the values are invented.
"""

from __future__ import annotations

import shutil
import subprocess
import uuid
from collections.abc import Sequence
from pathlib import Path

import openpyxl

SIASN_COLUMNS = (
    "PNS ID", "NIP BARU", "NIP LAMA", "NAMA", "GELAR DEPAN", "GELAR BELAKANG", "TEMPAT LAHIR ID",
    "TEMPAT LAHIR NAMA", "TANGGAL LAHIR", "JENIS KELAMIN", "AGAMA ID", "AGAMA NAMA", "JENIS KAWIN ID",
    "JENIS KAWIN NAMA", "NIK", "NOMOR HP", "EMAIL", "ALAMAT", "NPWP", "BPJS", "JENIS PEGAWAI ID",
    "JENIS PEGAWAI NAMA", "KEDUDUKAN HUKUM ID", "KEDUDUKAN HUKUM NAMA", "STATUS CPNS PNS", "KARTU ASN",
    "NOMOR SK CPNS", "TANGGAL SK CPNS", "TMT CPNS", "NOMOR SK PNS", "TANGGAL SK PNS", "TMT PNS",
    "GOL AWAL ID", "GOL AWAL NAMA", "GOL AKHIR ID", "GOL AKHIR NAMA", "TMT GOLONGAN", "MK TAHUN", "MK BULAN",
    "JENIS JABATAN ID", "JENIS JABATAN NAMA", "JABATAN ID", "JABATAN NAMA", "TMT JABATAN",
    "TINGKAT PENDIDIKAN ID", "TINGKAT PENDIDIKAN NAMA", "PENDIDIKAN ID", "PENDIDIKAN NAMA", "TAHUN LULUS",
    "KPKN ID", "KPKN NAMA", "LOKASI KERJA ID", "LOKASI KERJA NAMA", "UNOR ID", "UNOR NAMA",
    "INSTANSI INDUK ID", "INSTANSI INDUK NAMA", "INSTANSI KERJA ID", "INSTANSI KERJA NAMA",
    "SATUAN KERJA INDUK ID", "SATUAN KERJA INDUK NAMA", "SATUAN KERJA KERJA ID", "SATUAN KERJA KERJA NAMA",
    "IS VALID NIK", "FLAG IKD", "TANGGAL UPDATE", "NOMOR KK",
)  # fmt: skip
"""The 67 columns of SIASN's full export, in its order."""

assert len(SIASN_COLUMNS) == 67


def code(seed: str) -> str:
    """An opaque SIASN identifier (32 hex digits, upper case), the same for the same seed."""
    return uuid.uuid5(uuid.NAMESPACE_OID, seed).hex.upper()


def siasn_row(
    nip: str,
    name: str,
    *,
    before: str = "",
    after: str = "",
    rank: tuple[str, str] = ("III/a", "III/c"),
    position: str = "Analis Kebijakan Ahli Muda",
    unit: str = "Subbagian Tata Usaha",
    work_unit: str = "Dinas Pendidikan",
    kind: str = "PNS",
) -> list[object]:
    """One person as SIASN's full export gives them: every ``… ID`` an identifier, ranks first and current.

    Cells the export leaves empty are None (no cell at all in the workbook), as in a real file.
    """
    values: dict[str, object] = dict.fromkeys(SIASN_COLUMNS)
    values.update(
        {
            "PNS ID": code("pns" + nip + name),
            "NIP BARU": nip or None,
            "NIP LAMA": f"{int(nip[-9:]) % 1_000_000_000:09d}" if nip else None,
            "NAMA": name,
            "GELAR DEPAN": before or None,
            "GELAR BELAKANG": after or None,
            "TANGGAL LAHIR": f"{nip[6:8]}-{nip[4:6]}-{nip[:4]}" if nip else None,
            "JENIS KELAMIN": "M",
            "AGAMA ID": "1",
            "AGAMA NAMA": "Islam",
            "NIK": "3201010101800001",
            "JENIS PEGAWAI ID": code("jenis" + kind),
            "JENIS PEGAWAI NAMA": kind,
            "KEDUDUKAN HUKUM ID": "01",
            "KEDUDUKAN HUKUM NAMA": "Aktif",
            "GOL AWAL ID": code("gol" + rank[0]),
            "GOL AWAL NAMA": rank[0],
            "GOL AKHIR ID": code("gol" + rank[1]),
            "GOL AKHIR NAMA": rank[1],
            "TMT GOLONGAN": "01-04-2020",
            "JENIS JABATAN ID": "4",
            "JENIS JABATAN NAMA": "Jabatan Fungsional Tertentu",
            "JABATAN ID": code("jab" + position),
            "JABATAN NAMA": position,
            "PENDIDIKAN NAMA": "S-1 Ilmu Administrasi",
            "LOKASI KERJA ID": code("lok"),
            "LOKASI KERJA NAMA": "Kota Bandung",
            "UNOR ID": code("unor" + unit),
            "UNOR NAMA": unit,
            "INSTANSI INDUK ID": code("instansi"),
            "INSTANSI INDUK NAMA": "Pemerintah Provinsi Jawa Barat",
            "INSTANSI KERJA ID": code("instansi"),
            "INSTANSI KERJA NAMA": "Pemerintah Provinsi Jawa Barat",
            "SATUAN KERJA INDUK ID": code("satker"),
            "SATUAN KERJA INDUK NAMA": "Sekretariat Daerah",
            "SATUAN KERJA KERJA ID": code("satker" + work_unit),
            "SATUAN KERJA KERJA NAMA": work_unit,
            "IS VALID NIK": "TRUE",
        }
    )
    return [values[title] for title in SIASN_COLUMNS]


def write_xlsx(path: Path, header: Sequence[object], rows: Sequence[Sequence[object]], *, title: str = "Data") -> Path:
    """One sheet: the header on row 1, then ``rows``."""
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = title
    sheet.append(list(header))
    for row in rows:
        sheet.append(list(row))
    workbook.save(path)
    return path


def soffice() -> str | None:
    """LibreOffice's command, when installed."""
    return shutil.which("soffice") or shutil.which("libreoffice")


def convert(path: Path, suffix: str, *, filter_name: str | None = None, infilter: str | None = None) -> Path:
    """``path`` converted by LibreOffice headless to ``suffix`` (``xls``, ``ods``, ``xlsx``), beside a private profile.

    A profile of its own keeps this from waiting on another LibreOffice that is running.
    """
    command = soffice()
    assert command is not None
    out = path.parent / f"converted-{suffix}"
    out.mkdir(exist_ok=True)
    profile = path.parent / "lo-profile"
    target = f"{suffix}:{filter_name}" if filter_name else suffix
    subprocess.run(
        [
            command,
            f"-env:UserInstallation={profile.as_uri()}",
            "--headless",
            "--norestore",
            *([f"--infilter={infilter}"] if infilter else []),
            "--convert-to",
            target,
            "--outdir",
            str(out),
            str(path),
        ],
        check=True,
        capture_output=True,
        timeout=240,
    )
    converted = out / f"{path.stem}.{suffix}"
    assert converted.exists(), f"LibreOffice did not write {converted}"
    return converted
