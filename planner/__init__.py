"""Jadwal Kerja ASN: plan who works from the office and who from home, within a circular's quotas."""

__version__ = "0.1.0"
