"""Service categories (kategori layanan): what kind of service a unit or person gives."""

from __future__ import annotations

import enum


class Category(enum.Enum):
    """A service category; a circular gives each one a rule. The value is the key used in files."""

    ADMINISTRASI = "administrasi"
    DUKUNGAN_PIMPINAN = "dukungan_pimpinan"
    DUKUNGAN_OPERASIONAL = "dukungan_operasional"
    PELAYANAN_PUBLIK = "pelayanan_publik"

    @property
    def key(self) -> str:
        """The key written in circular files, plan files and the grid's ``Kategori`` column."""
        return self.value

    @property
    def label(self) -> str:
        """The Indonesian name shown to users."""
        return _LABELS[self]

    @classmethod
    def parse(cls, text: str) -> Category:
        """The category named by its key or its Indonesian label, in any case.

        Raises:
            ValueError: the text names no category.
        """
        wanted = " ".join(text.replace("_", " ").split()).casefold()
        for category in cls:
            if wanted in (category.key.replace("_", " "), category.label.casefold()):
                return category
        raise ValueError(text)


_LABELS = {
    Category.ADMINISTRASI: "Administrasi pemerintahan",
    Category.DUKUNGAN_PIMPINAN: "Dukungan pimpinan",
    Category.DUKUNGAN_OPERASIONAL: "Dukungan operasional",
    Category.PELAYANAN_PUBLIK: "Pelayanan publik langsung",
}
