"""Indonesia's three time zones and the province each agency sits in (DOMAIN §6: WIB, WITA, WIT)."""

from __future__ import annotations

import datetime as dt
import enum
import re


class TimeZone(enum.Enum):
    """A zone by its Indonesian abbreviation; every time printed or shown is in the agency's zone."""

    WIB = "WIB"
    """Waktu Indonesia Barat, UTC+7: Sumatra, Java, West and Central Kalimantan."""
    WITA = "WITA"
    """Waktu Indonesia Tengah, UTC+8: Bali, Nusa Tenggara, South, East and North Kalimantan, Sulawesi."""
    WIT = "WIT"
    """Waktu Indonesia Timur, UTC+9: Maluku and Papua."""

    @property
    def offset_hours(self) -> int:
        """Hours ahead of UTC."""
        return _OFFSETS[self]

    @property
    def tzinfo(self) -> dt.timezone:
        """The fixed offset, named after the zone (Indonesia keeps no daylight saving time)."""
        return dt.timezone(dt.timedelta(hours=self.offset_hours), self.value)

    def local(self, moment: dt.datetime) -> dt.datetime:
        """``moment`` (aware; a naive one is taken as UTC) in this zone."""
        if moment.tzinfo is None:
            moment = moment.replace(tzinfo=dt.UTC)
        return moment.astimezone(self.tzinfo)


_OFFSETS = {TimeZone.WIB: 7, TimeZone.WITA: 8, TimeZone.WIT: 9}

_PLACES: dict[TimeZone, tuple[str, ...]] = {
    TimeZone.WIB: (
        "Aceh",
        "Sumatera Utara",
        "Sumatera Barat",
        "Sumatera Selatan",
        "Riau",
        "Kepulauan Riau",
        "Jambi",
        "Bangka Belitung",
        "Bengkulu",
        "Lampung",
        "DKI Jakarta",
        "Jakarta",
        "Jawa Barat",
        "Jawa Tengah",
        "Jawa Timur",
        "Banten",
        "Yogyakarta",
        "Kalimantan Barat",
        "Kalimantan Tengah",
        "Medan",
        "Padang",
        "Palembang",
        "Pekanbaru",
        "Bandung",
        "Semarang",
        "Surabaya",
        "Serang",
        "Pontianak",
        "Palangka Raya",
        "Banda Aceh",
        "Tanjungpinang",
        "Pangkalpinang",
        "Bandar Lampung",
    ),
    TimeZone.WITA: (
        "Bali",
        "Nusa Tenggara Barat",
        "Nusa Tenggara Timur",
        "Kalimantan Selatan",
        "Kalimantan Timur",
        "Kalimantan Utara",
        "Sulawesi Utara",
        "Sulawesi Tengah",
        "Sulawesi Selatan",
        "Sulawesi Tenggara",
        "Sulawesi Barat",
        "Gorontalo",
        "NTB",
        "NTT",
        "Denpasar",
        "Mataram",
        "Kupang",
        "Banjarmasin",
        "Banjarbaru",
        "Samarinda",
        "Balikpapan",
        "Tanjung Selor",
        "Manado",
        "Palu",
        "Makassar",
        "Kendari",
        "Mamuju",
    ),
    TimeZone.WIT: (
        "Maluku",
        "Maluku Utara",
        "Papua",
        "Papua Barat",
        "Papua Barat Daya",
        "Papua Tengah",
        "Papua Pegunungan",
        "Papua Selatan",
        "Ambon",
        "Sofifi",
        "Ternate",
        "Jayapura",
        "Manokwari",
        "Sorong",
        "Nabire",
        "Merauke",
        "Wamena",
    ),
}
_BY_PLACE = {place.casefold(): zone for zone, places in _PLACES.items() for place in places}
_PATTERN = re.compile(
    r"\b(" + "|".join(re.escape(place) for place in sorted(_BY_PLACE, key=len, reverse=True)) + r")\b",
    re.IGNORECASE,
)


def zone_of_place(*texts: str) -> TimeZone | None:
    """The zone of the first province or capital named in ``texts`` (letterhead lines, address, city), if any.

    The longest name wins where names overlap ("Papua Barat Daya" before "Papua", "Kalimantan Barat"
    before "Kalimantan Selatan" cannot be confused), so "PEMERINTAH PROVINSI NUSA TENGGARA BARAT"
    is WITA and "Kabupaten Sorong" WIT.
    """
    for text in texts:
        match = _PATTERN.search(text)
        if match:
            return _BY_PLACE[match[1].casefold()]
    return None


def zone_named(code: str) -> TimeZone | None:
    """The zone whose abbreviation is ``code`` ("wita" too), or None."""
    try:
        return TimeZone(code.strip().upper())
    except ValueError:
        return None
