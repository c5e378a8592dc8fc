"""Every action of the window, built in one place: text, shortcut and status tip."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QWidget

from planner.domain.status import Status
from planner.ui.texts import status_label

STATUS_KEYS = {status: status.key_letter for status in Status}
"""One letter per status, typed on the grid like in a spreadsheet."""

LANGUAGES = {"id": "Bahasa Indonesia", "en": "English"}
"""The interface languages, by code; each name is written in its own language."""


@dataclass(frozen=True, slots=True)
class Actions:
    """The window's actions; menus and toolbars are built from these."""

    new: QAction
    new_from_demo: QAction
    open: QAction
    save: QAction
    save_as: QAction
    quit: QAction
    undo: QAction
    redo: QAction
    copy: QAction
    paste: QAction
    clear: QAction
    select_all: QAction
    lock: QAction
    unlock: QAction
    brush: QAction
    statuses: dict[Status, QAction]
    plan_settings: QAction
    profile: QAction
    units: QAction
    add_staff: QAction
    edit_staff: QAction
    remove_staff: QAction
    new_circular: QAction
    copy_circular: QAction
    edit_circular: QAction
    export_pdf: QAction
    share_image: QAction
    preview: QAction
    print: QAction
    export_xlsx: QAction
    recap: QAction
    import_staff: QAction
    autofill: QAction
    sign: QAction
    verify: QAction
    create_certificate: QAction
    languages: dict[str, QAction]
    about: QAction
    guide: QAction
    zoom_in: QAction
    zoom_out: QAction
    zoom_reset: QAction
    fit_period: QAction
    compact_names: QAction
    side_panels: QAction
    reset_layout: QAction
    find: QAction
    copy_pattern: QAction
    week_context: QAction
    clear_week_context: QAction


def _action(
    parent: QWidget, text: str, tip: str, shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None
) -> QAction:
    action = QAction(text, parent)
    action.setStatusTip(tip)
    action.setToolTip(
        f"{tip} ({QKeySequence(shortcut).toString(QKeySequence.SequenceFormat.NativeText)})" if shortcut else tip
    )
    if shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
    return action


def build_actions(parent: QWidget) -> Actions:
    """Create the actions, owned by ``parent``; the window connects them."""
    key = QKeySequence.StandardKey
    redo = _action(
        parent,
        QCoreApplication.translate("Actions", "&Ulangi"),
        QCoreApplication.translate("Actions", "Ulangi perubahan yang dibatalkan"),
        "Ctrl+Y",
    )
    # Excel's Ctrl+Y and the Linux and macOS Ctrl+Shift+Z both redo, whatever the platform's standard.
    redo.setShortcuts([QKeySequence("Ctrl+Y"), QKeySequence("Ctrl+Shift+Z")])
    statuses = {
        status: _action(
            parent,
            f"{status.code} — {status_label(status)}",
            QCoreApplication.translate("Actions", "Isi sel terpilih dengan {label}").format(label=status_label(status)),
            letter,
        )
        for status, letter in STATUS_KEYS.items()
    }
    brush = _action(
        parent,
        QCoreApplication.translate("Actions", "&Kuas"),
        QCoreApplication.translate(
            "Actions",
            "Seret di grid untuk mengisi sel dengan status terakhir yang dipilih; satu seretan satu langkah batal",
        ),
        "B",
    )
    brush.setCheckable(True)
    language_group = QActionGroup(parent)
    languages = {}
    for code, name in LANGUAGES.items():
        action = QAction(name, parent)
        action.setCheckable(True)
        action.setData(code)
        language_group.addAction(action)
        languages[code] = action
    return Actions(
        new=_action(
            parent,
            QCoreApplication.translate("Actions", "&Baru…"),
            QCoreApplication.translate("Actions", "Buat rencana baru yang kosong"),
            key.New,
        ),
        new_from_demo=_action(
            parent,
            QCoreApplication.translate("Actions", "Baru dari &contoh"),
            QCoreApplication.translate("Actions", "Buka rencana contoh sebagai rencana baru"),
        ),
        open=_action(
            parent,
            QCoreApplication.translate("Actions", "&Buka…"),
            QCoreApplication.translate("Actions", "Buka berkas rencana (.jadwal)"),
            key.Open,
        ),
        save=_action(
            parent,
            QCoreApplication.translate("Actions", "&Simpan"),
            QCoreApplication.translate("Actions", "Simpan rencana"),
            key.Save,
        ),
        save_as=_action(
            parent,
            QCoreApplication.translate("Actions", "Simpan &sebagai…"),
            QCoreApplication.translate("Actions", "Simpan rencana ke berkas lain"),
            key.SaveAs,
        ),
        quit=_action(
            parent,
            QCoreApplication.translate("Actions", "&Keluar"),
            QCoreApplication.translate("Actions", "Tutup Jadwal Kerja ASN"),
            key.Quit,
        ),
        undo=_action(
            parent,
            QCoreApplication.translate("Actions", "&Batalkan"),
            QCoreApplication.translate("Actions", "Batalkan perubahan terakhir"),
            key.Undo,
        ),
        redo=redo,
        copy=_action(
            parent,
            QCoreApplication.translate("Actions", "&Salin"),
            QCoreApplication.translate("Actions", "Salin sel terpilih sebagai teks bertab (untuk Excel)"),
            key.Copy,
        ),
        paste=_action(
            parent,
            QCoreApplication.translate("Actions", "&Tempel"),
            QCoreApplication.translate("Actions", "Tempel kode status dari Excel atau LibreOffice"),
            key.Paste,
        ),
        clear=_action(
            parent,
            QCoreApplication.translate("Actions", "&Kosongkan"),
            QCoreApplication.translate("Actions", "Kosongkan sel terpilih (dihitung sebagai WFO)"),
            key.Delete,
        ),
        select_all=_action(
            parent,
            QCoreApplication.translate("Actions", "Pilih s&emua"),
            QCoreApplication.translate("Actions", "Pilih semua sel pegawai"),
            key.SelectAll,
        ),
        lock=_action(
            parent,
            QCoreApplication.translate("Actions", "&Kunci sel"),
            QCoreApplication.translate("Actions", "Kunci sel terpilih agar isi otomatis tidak mengubahnya"),
            "Ctrl+L",
        ),
        unlock=_action(
            parent,
            QCoreApplication.translate("Actions", "B&uka kunci sel"),
            QCoreApplication.translate("Actions", "Buka kunci sel terpilih"),
            "Ctrl+Shift+L",
        ),
        brush=brush,
        statuses=statuses,
        plan_settings=_action(
            parent,
            QCoreApplication.translate("Actions", "&Pengaturan rencana…"),
            QCoreApplication.translate("Actions", "Nama, rentang tanggal, tingkat unit kuota, kebijakan instansi"),
        ),
        profile=_action(
            parent,
            QCoreApplication.translate("Actions", "Profil &instansi dan penanda tangan…"),
            QCoreApplication.translate("Actions", "Kop surat, kota, pejabat yang menandatangani"),
        ),
        units=_action(
            parent,
            QCoreApplication.translate("Actions", "&Unit kerja…"),
            QCoreApplication.translate("Actions", "Tambah, ubah atau hapus unit kerja"),
        ),
        add_staff=_action(
            parent,
            QCoreApplication.translate("Actions", "&Tambah pegawai…"),
            QCoreApplication.translate("Actions", "Tambah pegawai ke rencana"),
            "Ctrl+Shift+N",
        ),
        edit_staff=_action(
            parent,
            QCoreApplication.translate("Actions", "&Ubah pegawai…"),
            QCoreApplication.translate("Actions", "Ubah data pegawai pada baris terpilih"),
            "Ctrl+E",
        ),
        remove_staff=_action(
            parent,
            QCoreApplication.translate("Actions", "&Hapus pegawai"),
            QCoreApplication.translate("Actions", "Hapus pegawai pada baris terpilih dari rencana"),
            "Ctrl+Shift+Del",
        ),
        new_circular=_action(
            parent,
            QCoreApplication.translate("Actions", "&Buat surat edaran baru…"),
            QCoreApplication.translate("Actions", "Ketik surat edaran yang belum ada"),
        ),
        copy_circular=_action(
            parent,
            QCoreApplication.translate("Actions", "&Salin surat edaran ini…"),
            QCoreApplication.translate("Actions", "Buat surat edaran baru berdasarkan yang dipilih"),
        ),
        edit_circular=_action(
            parent,
            QCoreApplication.translate("Actions", "&Ubah surat edaran ini…"),
            QCoreApplication.translate("Actions", "Ubah surat edaran buatan sendiri yang dipilih"),
        ),
        export_pdf=_action(
            parent,
            QCoreApplication.translate("Actions", "Ekspor &PDF…"),
            QCoreApplication.translate("Actions", "Jadwal resmi untuk ditandatangani pimpinan, sebagai PDF"),
            "Ctrl+Shift+E",
        ),
        share_image=_action(
            parent,
            QCoreApplication.translate("Actions", "&Bagikan sebagai gambar…"),
            QCoreApplication.translate(
                "Actions", "Jadwal per unit dan minggu sebagai gambar PNG, mis. untuk grup WhatsApp"
            ),
        ),
        preview=_action(
            parent,
            QCoreApplication.translate("Actions", "Pratinjau &cetak…"),
            QCoreApplication.translate("Actions", "Lihat jadwal resmi seperti akan dicetak"),
            "Ctrl+Shift+P",
        ),
        print=_action(
            parent,
            QCoreApplication.translate("Actions", "C&etak…"),
            QCoreApplication.translate("Actions", "Cetak jadwal resmi ke printer"),
            key.Print,
        ),
        export_xlsx=_action(
            parent,
            QCoreApplication.translate("Actions", "Ekspor ke E&xcel…"),
            QCoreApplication.translate(
                "Actions", "Simpan grid, rekap, masalah dan keterangan sebagai buku kerja Excel"
            ),
        ),
        recap=_action(
            parent,
            QCoreApplication.translate("Actions", "&Rekap beberapa rencana…"),
            QCoreApplication.translate(
                "Actions",
                "Satu rekap dari rencana banyak unit: kepatuhan, pangsa WFH per hari, unit yang belum mengirim",
            ),
        ),
        import_staff=_action(
            parent,
            QCoreApplication.translate("Actions", "&Impor daftar pegawai…"),
            QCoreApplication.translate(
                "Actions", "Ambil daftar pegawai dari Excel atau CSV (SIMPEG, SIASN, buatan sendiri)"
            ),
        ),
        autofill=_action(
            parent,
            QCoreApplication.translate("Actions", "Isi &otomatis…"),
            QCoreApplication.translate(
                "Actions", "Bagi WFH dan WFO secara adil sesuai kuota; lihat dulu sebelum diterapkan"
            ),
            "Ctrl+Shift+F",
        ),
        sign=_action(
            parent,
            QCoreApplication.translate("Actions", "&Tandatangani secara elektronik…"),
            QCoreApplication.translate(
                "Actions", "Ekspor jadwal resmi bertanda tangan elektronik (sertifikat .p12) dan tetapkan rencana ini"
            ),
        ),
        verify=_action(
            parent,
            QCoreApplication.translate("Actions", "&Periksa PDF bertanda tangan…"),
            QCoreApplication.translate("Actions", "Periksa apakah PDF jadwal masih utuh dan sama dengan rencana ini"),
        ),
        create_certificate=_action(
            parent,
            QCoreApplication.translate("Actions", "&Buat sertifikat internal…"),
            QCoreApplication.translate("Actions", "Sertifikat untuk instansi yang belum punya sertifikat BSrE"),
        ),
        languages=languages,
        about=_action(
            parent,
            QCoreApplication.translate("Actions", "&Tentang Jadwal Kerja ASN"),
            QCoreApplication.translate("Actions", "Versi dan sumber data"),
        ),
        guide=_action(
            parent,
            QCoreApplication.translate("Actions", "&Panduan"),
            QCoreApplication.translate("Actions", "Panduan singkat bergambar, tanpa internet"),
            key.HelpContents,
        ),
        zoom_in=_action(
            parent,
            QCoreApplication.translate("Actions", "Per&besar"),
            QCoreApplication.translate("Actions", "Perbesar grid"),
            key.ZoomIn,
        ),
        zoom_out=_action(
            parent,
            QCoreApplication.translate("Actions", "Per&kecil"),
            QCoreApplication.translate("Actions", "Perkecil grid"),
            key.ZoomOut,
        ),
        zoom_reset=_action(
            parent,
            QCoreApplication.translate("Actions", "Ukuran &normal"),
            QCoreApplication.translate("Actions", "Grid dalam ukuran biasa"),
            "Ctrl+0",
        ),
        fit_period=_action(
            parent,
            QCoreApplication.translate("Actions", "&Muat satu periode"),
            QCoreApplication.translate("Actions", "Persempit kolom tanggal agar seluruh periode terlihat"),
            "Ctrl+9",
        ),
        compact_names=_checkable(
            _action(
                parent,
                QCoreApplication.translate("Actions", "Kolom nama &ringkas"),
                QCoreApplication.translate("Actions", "Nama satu baris tanpa NIP dan jabatan (NIP ada di tooltip)"),
                "Ctrl+Shift+R",
            )
        ),
        side_panels=_checkable(
            _action(
                parent,
                QCoreApplication.translate("Actions", "&Panel samping"),
                QCoreApplication.translate(
                    "Actions", "Tampilkan atau sembunyikan panel Masalah, Surat edaran dan lainnya"
                ),
                "F9",
            ),
            checked=True,
        ),
        reset_layout=_action(
            parent,
            QCoreApplication.translate("Actions", "&Tata letak awal"),
            QCoreApplication.translate("Actions", "Kembalikan ukuran dan letak panel seperti semula"),
        ),
        find=_action(
            parent,
            QCoreApplication.translate("Actions", "&Cari pegawai…"),
            QCoreApplication.translate("Actions", "Saring baris menurut nama, NIP, jabatan atau unit"),
            key.Find,
        ),
        copy_pattern=_action(
            parent,
            QCoreApplication.translate("Actions", "Sa&lin pola…"),
            QCoreApplication.translate(
                "Actions", "Salin pola satu minggu ke minggu berikutnya, atau pola rencana sebelumnya"
            ),
            "Ctrl+Shift+C",
        ),
        week_context=_action(
            parent,
            QCoreApplication.translate("Actions", "Rencana &tetangga untuk minggu terpotong…"),
            QCoreApplication.translate(
                "Actions",
                "Baca rencana lain (hanya dibaca) untuk hari minggu pertama dan terakhir di luar rencana ini, "
                "agar batas hari per minggu dihitung seminggu penuh",
            ),
        ),
        clear_week_context=_action(
            parent,
            QCoreApplication.translate("Actions", "&Lepas rencana tetangga"),
            QCoreApplication.translate(
                "Actions", "Periksa lagi tanpa rencana tetangga: hari di luar rencana ini dilaporkan belum diketahui"
            ),
        ),
    )


def _checkable(action: QAction, *, checked: bool = False) -> QAction:
    action.setCheckable(True)
    action.setChecked(checked)
    return action
